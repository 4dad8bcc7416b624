namespace EventSystem.Runtime.Tests.Payloads;

public enum OrderState
{
    Placed,
    Shipped,
    Cancelled,
}

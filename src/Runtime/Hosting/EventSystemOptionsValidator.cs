using Microsoft.Extensions.Options;

namespace EventSystem.Hosting;

/// <summary>Runs <see cref="EventSystemOptions.Validate"/> when the options are built, at host start.</summary>
internal sealed class EventSystemOptionsValidator : IValidateOptions<EventSystemOptions>
{
    public ValidateOptionsResult Validate(string? name, EventSystemOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}

namespace EventSystem.Transport;

/// <summary>The numbers a publish took, under the counter epoch it took them in.</summary>
internal readonly record struct PublishReceipt(long Epoch, long FirstSequenceNumber, long LastSequenceNumber);

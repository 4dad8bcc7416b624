namespace EventSystem.Transport.Redis;

/// <summary>
/// The server-side half of a raise: takes the sequence numbers and publishes the stamp that carries them. It runs
/// in one MULTI/EXEC with the PUBLISH of the body, so a number is never taken without its message, while the body
/// never passes through Lua. The counter and its epoch share one hash, so that a snapshot restore can never
/// separate them.
/// </summary>
internal static class RaiseScript
{
    // KEYS[1] counter hash; ARGV[1] channel, ARGV[2] event count, ARGV[3] epoch proposed if none exists,
    // ARGV[4] stamp head. The stamp message is that head, the epoch and the first number.
    public const string Source = """
        local count = tonumber(ARGV[2])
        redis.call('HSETNX', KEYS[1], 'epoch', ARGV[3])
        local epoch = redis.call('HGET', KEYS[1], 'epoch')
        if type(epoch) ~= 'string' or #epoch ~= 8 then
          return redis.error_reply('ERR eventsystem: the epoch field of ' .. KEYS[1] .. ' is corrupt; delete the key')
        end
        local last = redis.call('HINCRBY', KEYS[1], 'seq', count)
        redis.call('PUBLISH', ARGV[1], ARGV[4] .. epoch .. struct.pack('>i8', last - count + 1))
        return {epoch, last}
        """;

    public const string EpochField = "epoch";
    public const string SequenceField = "seq";
}

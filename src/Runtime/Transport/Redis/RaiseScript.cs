namespace EventSystem.Transport.Redis;

/// <summary>
/// The server-side half of a raise: takes the sequence numbers and publishes the stamped envelope in one atomic
/// step, so a number is never taken without its message. The counter and its epoch share one hash, so that a
/// snapshot restore can never separate them.
/// </summary>
internal static class RaiseScript
{
    // KEYS[1] counter hash; ARGV[1] channel, ARGV[2] event count, ARGV[3] epoch proposed if none exists,
    // ARGV[4] envelope head, ARGV[5] envelope body. The stamp (epoch, first number) goes between head and body.
    public const string Source = """
        local count = tonumber(ARGV[2])
        redis.call('HSETNX', KEYS[1], 'epoch', ARGV[3])
        local epoch = redis.call('HGET', KEYS[1], 'epoch')
        if type(epoch) ~= 'string' or #epoch ~= 8 then
          return redis.error_reply('ERR eventsystem: the epoch field of ' .. KEYS[1] .. ' is corrupt; delete the key')
        end
        local last = redis.call('HINCRBY', KEYS[1], 'seq', count)
        redis.call('PUBLISH', ARGV[1], ARGV[4] .. epoch .. struct.pack('>i8', last - count + 1) .. ARGV[5])
        return {epoch, last}
        """;

    public const string EpochField = "epoch";
    public const string SequenceField = "seq";
}

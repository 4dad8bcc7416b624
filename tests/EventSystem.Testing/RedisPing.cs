using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EventSystem.Testing;

/// <summary>Asks a loopback Redis for PONG over a raw socket, so a readiness check needs no client.</summary>
internal static class RedisPing
{
    private static readonly byte[] PingCommand = "*1\r\n$4\r\nPING\r\n"u8.ToArray();

    /// <summary>Whether <paramref name="port"/> answers PONG within <paramref name="timeout"/>.</summary>
    public static async Task<bool> AnswersAsync(int port, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(PingCommand, deadline.Token);
            var reply = new StringBuilder();
            var buffer = new byte[64];
            while (!reply.ToString().Contains("\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, deadline.Token);
                if (read == 0)
                {
                    return false;
                }

                reply.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            return reply.ToString().StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}

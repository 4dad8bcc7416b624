#!/usr/bin/env bash
# Packs the runtime, then builds and runs a fresh project that references only that package from a local feed,
# to prove that the package alone brings the [RemoteEvent] generator. Temporary files go under /tmp.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d /tmp/eventsystem-pack-smoke.XXXXXX)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-smoke.$(date +%s)"

dotnet pack "$repo/src/Runtime/EventSystem.Runtime.csproj" -c Release -o "$work/feed" -p:Version="$version" \
  --nologo -v quiet
unzip -l "$work/feed/EventSystem.$version.nupkg" | grep -q "analyzers/dotnet/cs/EventSystem.Generators.dll" \
  || { echo "the package lacks analyzers/dotnet/cs/EventSystem.Generators.dll" >&2; exit 1; }

app="$work/app"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="smoke-feed" value="$work/feed" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="user-cache" value="${NUGET_PACKAGES:-$HOME/.nuget/packages}" />
  </fallbackPackageFolders>
</configuration>
XML
cat > "$app/Smoke.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <IsAotCompatible>true</IsAotCompatible>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="EventSystem" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using System.Text.Json.Serialization;
using EventSystem;

await using var node = await EventSystemNode.StartAsync(new EventSystemOptions { ApplicationName = "smoke" });
var got = new TaskCompletionSource<Greeting>(TaskCreationOptions.RunContinuationsAsynchronously);
using var subscription = Greeted.Subscribe((greeting, _) => got.TrySetResult(greeting));
Greeted.Raise(new Greeting("hello"));
Pinged.RaiseLocally();
Console.WriteLine((await got.Task.WaitAsync(TimeSpan.FromSeconds(5))).Text == "hello" ? "pack smoke OK" : "wrong");

public sealed record Greeting(string Text);

[JsonSerializable(typeof(Greeting))]
internal sealed partial class SmokeJsonContext : JsonSerializerContext;

[RemoteEvent<Greeting, SmokeJsonContext>("2f9d6c1a-3b4e-4d5f-8a6b-7c8d9e0f1a2b")]
internal static partial class Greeted;

[RemoteEvent("8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968")]
internal static partial class Pinged;
CS

output="$(dotnet run --project "$app/Smoke.csproj" --nologo)"
echo "$output"
[[ "$output" == *"pack smoke OK"* ]]

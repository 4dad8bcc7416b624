namespace EventSystem.Generators.Model;

/// <summary>
/// The generated files of one hash bucket. The pipeline compares a step's outputs by position, so every bucket
/// keeps its position whether or not it holds events; a new event then changes its own bucket only.
/// </summary>
/// <param name="Bucket">The bucket's number, which is also its position.</param>
/// <param name="Files">One file per set of file directives among the bucket's events; often none.</param>
internal sealed record EventBucketModel(int Bucket, EquatableArray<EventFileModel> Files);

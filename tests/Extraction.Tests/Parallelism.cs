// Fixtures run side by side, as many as the machine has cores (two on the machine the test command is timed
// on); the tests of one fixture run one after another, as they share its folders. A fixture whose figures the
// others' work would change (this process's processor time, seconds per document) is [NonParallelizable]: it
// runs alone, after them.
[assembly: Parallelizable(ParallelScope.Fixtures)]

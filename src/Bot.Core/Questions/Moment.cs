namespace Bot.Core.Questions;

public enum Moment
{
    None,
    /// <summary>The next one; when none is announced, the latest past one, and the answer says so.</summary>
    Next,
    /// <summary>The newest: the next one, else the latest past one (最近, latest).</summary>
    Latest,
    Last,
    First,
}

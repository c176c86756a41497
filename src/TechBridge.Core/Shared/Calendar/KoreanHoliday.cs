namespace TechBridge.Core.Shared.Calendar;

/// <summary>One public holiday of the Republic of Korea; a substitute holiday (대체공휴일) carries the name of the day it replaces.</summary>
public sealed record KoreanHoliday(DateOnly Date, string NameKo, string NameEn, bool IsSubstitute);

namespace ChatBot.Dialogs.Features.Intake.Extraction.Relay;

/// <summary>
/// Finds the relay requirement in one sentence, by its structure: a request (要/务必…, or 要求/责成… before
/// the addressee) to bodies below the issuer, followed by a relay act on a meeting's or document's spirit.
/// Accounts of relays already held, standing rules about meetings and requests to people rather than bodies
/// are not relay requirements. A plan item ("4.…。各基层党组织…开展…宣讲") asks without a modal, and the items
/// after a lead that names the units ("会议要求各单位：一是…") are addressed to them.
/// </summary>
internal sealed record RelayClause(TextSpan Span, TextSpan Request, TextSpan Act, List<string> Units)
{
    /// <param name="carried">Units a lead sentence named for the items that follow ("会议要求各单位：一是…").</param>
    public static RelayClause? Find(string text, TextSpan sentence, bool planItem, OwnerReader owners, List<string>? carried = null)
    {
        var pieces = ClauseSegmenter.Pieces(text, sentence);
        var masked = pieces.Select(p => Masking.Mask(p.Of(text))).ToList();
        for (var k = 0; k < pieces.Count; k++)
        {
            var own = Addressee(masked, k, planItem, owners);
            var units = own ?? (k == 0 ? carried : null);
            if (units is null) continue;
            // With the doer only carried over, plain study ("要结合学习贯彻…精神") is an elaboration, not a relay of its own.
            var plainStudy = own is not null;
            var end = End(masked, k);
            var body = string.Join("，", masked.Skip(k).Take(end - k + 1));
            if (RelayCues.Done().IsMatch(body) || RelayCues.Standing().IsMatch(body)) return null;
            var act = Enumerable.Range(k, end - k + 1).FirstOrDefault(j => IsAct(masked[j], body, plainStudy), -1);
            if (act < 0) continue;
            var start = k;
            while (start > 0 && RelayCues.Lead().IsMatch(masked[start - 1].Trim())) start--;
            return new RelayClause(new TextSpan(pieces[start].Start, pieces[end].End), pieces[k], pieces[act], units);
        }
        return null;
    }

    /// <summary>The units a lead sentence ending in a colon asks ("会议要求各单位：", "各单位要做到："), else null.</summary>
    public static List<string>? LeadUnits(string text, TextSpan sentence, OwnerReader owners) =>
        text[sentence.End - 1] is '：' or ':' ? Asked(text, sentence, owners) : null;

    /// <summary>The first units the sentence asks anything of, or null.</summary>
    public static List<string>? Asked(string text, TextSpan sentence, OwnerReader owners)
    {
        var masked = ClauseSegmenter.Pieces(text, sentence).Select(p => Masking.Mask(p.Of(text))).ToList();
        return Enumerable.Range(0, masked.Count).Select(k => Addressee(masked, k, false, owners)).FirstOrDefault(u => u is not null);
    }

    /// <summary>The units piece <paramref name="k"/> asks to act, or null when it asks nobody below the issuer.</summary>
    private static List<string>? Addressee(List<string> masked, int k, bool planItem, OwnerReader owners)
    {
        var piece = masked[k];
        if (RelayCues.RequestAfter().Match(piece) is { Success: true } after)
        {
            var zone = piece[(after.Index + after.Length)..];
            if (zone.Trim().Length == 0 && k + 1 < masked.Count) zone = masked[k + 1];
            if (RelayAddressee.Read(zone, owners) is { Count: > 0 } named) return named;
        }
        if (RelayCues.RequestBefore().Match(piece) is { Success: true } before)
            return RelayAddressee.Read(piece[..before.Index], owners) is { Count: > 0 } named ? named : null;
        // A plan item states the arrangement without a modal: "各基层党组织…开展…宣讲活动".
        if (planItem && RelayCues.EachBody().Match(piece) is { Success: true, Index: <= 4 } each)
            return RelayAddressee.Read(piece[..(each.Index + each.Length)], owners);
        return null;
    }

    /// <summary>The clause ends where a later piece asks someone else for something that is no relay.</summary>
    private static int End(List<string> masked, int k)
    {
        for (var j = k + 1; j < masked.Count; j++)
        {
            var request = RelayCues.RequestBefore().Match(masked[j]);
            if (!request.Success || request.Index == 0) continue;
            var rest = string.Join("，", masked.Skip(j));
            if (!masked.Skip(j).Any(p => IsAct(p, rest, true)) && SubjectNamesBody(masked[j][..request.Index])) return j - 1;
        }
        return masked.Count - 1;
    }

    private static bool SubjectNamesBody(string subject) =>
        RelayCues.EachBody().IsMatch(subject) || RelayCues.AsUnit().IsMatch(subject) || subject.Trim().Length >= 3;

    /// <summary>Whether a piece carries the relay act; <paramref name="clause"/> supplies the object it may name elsewhere.
    /// Plain study counts only when <paramref name="plainStudy"/>: the clause names its own addressee.</summary>
    private static bool IsAct(string piece, string clause, bool plainStudy)
    {
        if (RelayCues.ReportBack().IsMatch(piece)) return false;
        if (RelayCues.ConveyAndStudy().IsMatch(piece)) return true;
        if (RelayCues.Convey().IsMatch(piece)) return RelayCues.Conveyable().IsMatch(piece) || RelayCues.MeetingSpirit().IsMatch(clause);
        if (piece.Contains("宣贯")) return true;
        if (RelayCues.Preach().IsMatch(piece)) return clause.Contains("精神");
        if (RelayCues.OrganisedStudy().IsMatch(piece)) return clause.Contains("精神") || RelayCues.MeetingSpirit().IsMatch(clause);
        if (RelayCues.Convene().IsMatch(piece) || (plainStudy && RelayCues.Study().IsMatch(piece))) return RelayCues.MeetingSpirit().IsMatch(clause);
        return false;
    }
}

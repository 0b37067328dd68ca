import Corpus

/// Each configured issue: its defining sentence, its mentions and its status, read from the status
/// words around its mentions (`Rules/status.rules`), the newest source's evidence first.
enum IssueTracker {
    struct StatusRule {
        let status: String
        let rank: Int
        let words: [String]
    }

    static let statusRules: [StatusRule] = RuleTable.rows(PackageResources.status_rules).map { row in
        precondition(row.count == 3, "status.rules: each row needs STATUS RANK PHRASE: \(row)")
        return StatusRule(status: row[0], rank: Int(row[1])!, words: row[2].lowercased().split(separator: " ").map(String.init))
    }

    /// How far from a mention of the issue a status phrase may start and still speak of it.
    static let reach = 4

    /// The strongest status the wording near a mention gives, if any.
    static func status(of tokens: [Token], near mention: Range<Int>) -> StatusRule? {
        let words = tokens.map(\.lower)
        let window = max(0, mention.lowerBound - reach)..<min(words.count, mention.upperBound + reach)
        var best: StatusRule?
        for rule in statusRules where startsWithin(window, words, rule.words) {
            if best == nil || rule.rank > best!.rank { best = rule }
        }
        return best
    }

    static func startsWithin(_ window: Range<Int>, _ words: [String], _ phrase: [String]) -> Bool {
        window.contains { i in i + phrase.count <= words.count && Array(words[i..<(i + phrase.count)]) == phrase }
    }

    static func track(_ issues: [IssueConfig], sentences: [SentenceRef], glossary: [GlossaryEntry], index: NameIndex) -> [IssueFindings] {
        var mentions: [String: [SentenceRef]] = [:]
        var statuses: [String: [(SentenceRef, StatusRule)]] = [:]
        for s in sentences {
            var seen = Set<String>()
            for m in index.matches(in: s.tokens) {
                if seen.insert(m.id).inserted { mentions[m.id, default: []].append(s) }
                if let rule = status(of: s.tokens, near: m.tokenRange), statuses[m.id]?.last?.0.citation != s.citation {
                    statuses[m.id, default: []].append((s, rule))
                }
            }
        }
        return issues.map { issue in
            let found = mentions[issue.id] ?? []
            let definition = glossary.first { entry in
                issue.aliases.contains(entry.term) || issue.aliases.contains(entry.expansion) || entry.expansion == issue.name
            }
            let summary = definition.map { Statement(text: $0.citation.sentence, citations: [$0.citation]) }
                ?? found.first.map { Statement(text: $0.citation.sentence, citations: [$0.citation]) }

            // Evidence grouped by source date, newest first; the status is the strongest in the newest source that has one.
            let withStatus = statuses[issue.id] ?? []
            let newestDay = withStatus.compactMap { $0.0.dct }.max()
            let newest = withStatus.filter { $0.0.dct == newestDay }
            let currentStatus = newest.max { $0.1.rank < $1.1.rank }?.1.status
            let evidence = withStatus
                .sorted { ($0.0.dct ?? .distantPast, $1.0.citation) > ($1.0.dct ?? .distantPast, $0.0.citation) }
                .map { Statement(text: $0.0.citation.sentence, citations: [$0.0.citation]) }
            return IssueFindings(id: issue.id, name: issue.name, status: currentStatus, summary: summary, statusEvidence: evidence,
                                 mentions: found.map { Statement(text: $0.citation.sentence, citations: [$0.citation]) })
        }
    }
}

extension CalendarDay {
    static let distantPast = CalendarDay(year: 1, month: 1, day: 1)!
}

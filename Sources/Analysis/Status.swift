import Corpus
import Support

/// The stage a sentence gives an issue: read from a clause whose subject or object is the issue, by
/// its name or by "the deal", "the contract" … pointing back at it (`Rules/status.rules`).
///
/// No parser: a clause is read around a stage word. Before it, the helpers and modals that say
/// whether the step is taken, planned, refused or denied ("has been", "still has to be", "refused
/// to"); after a verb, its object; before the helpers, its subject. A noun phrase is the issue when
/// its head (the last word before a preposition, a clause word or a comma) is a name of the issue,
/// or is an agreement's noun ("deal", "talks") with the issue's name right after it ("a deal to buy
/// river barges", "talks on the treaty") or pointing back at the issue ("the deal"). A name inside a
/// phrase about something else is not the subject ("the cost of the strike has reached …").
enum StatusReader {
    enum Form: String, CaseIterable { case verb, reach, part, backing, event, passage, receive, state, strike, time, noun, adjective, resume, verdict, ruling, launch, sue, favour, judged }

    struct Entry {
        let stage: String
        let rank: Int
        let form: Form
    }

    /// What a sentence says of an issue: the status's name, its rank (3 done, 2 planned, 1 a process).
    struct Reading: Equatable {
        let issue: IssueID
        let status: String
        let rank: Int
        /// Given by a word before the name only ("the tentative treaty"): any other reading wins.
        let byAdjective: Bool
        /// Told inside quotation marks: a speaker's words, which the reporter's own telling outranks.
        var quoted = false
        /// Told in a relative clause set off by commas ("The strike, which began in May, ended"): any other
        /// reading of the same issue in the sentence wins.
        var aside = false
        /// The stage in the text's own word where its family's name would lose it ("abandoned", "called off" for
        /// scrapped; the wording row); the status shown, while `status` is what the stage is reasoned as.
        var wording: String?
        /// Told in the perfect or the past ("talks due to begin next month have been postponed", "approved the
        /// contract, which runs until May"): a step taken, though the only day its sentence names is still to come.
        var perfect = false
        /// Told as what came first ("the regulator, which had initially blocked the deal"): history, which
        /// makes the status only when nothing else is told.
        var history = false
        /// Told in a clause of what came before another step ("ending the merger after a court blocked it"): the
        /// source's other steps taken win over it, as `IssueTracker.currentStatus` weighs them.
        var preceding = false

        /// The same step still to come, when its status is a stage's plain name ("ended" -> "due to end").
        var planned: Reading {
            guard StatusReader.stages.contains(status) else { return self }
            return Reading(issue: issue, status: StatusReader.planned(status), rank: 2, byAdjective: byAdjective, quoted: quoted)
        }
    }

    /// A name of an issue found in the sentence, by token range.
    struct Name {
        let issue: IssueID
        let tokens: Range<Int>
        /// A body standing for the issue that is its review: what it does ("the Board blocked the sale") is
        /// its review's step too.
        var body = false
    }

    static let rows = RuleTable.rows(PackageResources.status_rules).map { row -> [String] in
        precondition(row.count == 4, "status.rules: each row needs STAGE RANK FORM WORDS: \(row)")
        return row
    }
    static func list(_ form: String) -> [String] {
        rows.filter { $0[2] == form }.flatMap(rowWords)
    }
    /// A row's words, as a sentence's words are read.
    static func rowWords(_ row: [String]) -> [String] {
        row[3].split(separator: ",").map { normal($0.trimmed) }
    }
    /// Every form of every entry, by its first word: (entry, the form's words).
    static let byFirstWord: [String: [(Entry, [String])]] = {
        var out: [String: [(Entry, [String])]] = [:]
        for row in rows {
            guard let form = Form(rawValue: row[2]) else { continue }
            let entry = Entry(stage: row[0], rank: Int(row[1])!, form: form)
            for phrase in row[3].split(separator: ",") {
                let words = phrase.trimmed.split(separator: " ").map { normal($0) }
                out[words[0], default: []].append((entry, words))
            }
        }
        return out
    }()
    /// The plain names of the stages.
    static let stages = Set(rows.filter { Form(rawValue: $0[2]) != nil }.map { $0[0] })
    static let plannedName: [String: String] = Dictionary(rows.filter { $0[2] == "planned" }.map { ($0[0], $0[3]) }, uniquingKeysWith: { a, _ in a })
    static let plannedStage: [String: String] = Dictionary(rows.filter { $0[2] == "planned" }.map { ($0[3], $0[0]) }, uniquingKeysWith: { a, _ in a })
    static let final = Set(list("final"))
    /// Each stage of an agreement and its place in the order the agreement passes them (stages of one place come in
    /// either order): a step planned before one taken adds nothing to it ("ratified; due to be approved" is "ratified").
    static let sequence = order(of: "sequence")
    /// The stages of a case in court in the order it passes them, up to its appeal's outcome: a verdict a newer source
    /// retells does not undo the appeal an older one told upheld ("court-sequence").
    static let courtSequence = order(of: "court-sequence")
    /// Each stage the rows of `kind` list, by the place of its row: stages of one row share a place.
    static func order(of kind: String) -> [String: Int] {
        Dictionary(rows.filter { $0[2] == kind }.enumerated().flatMap { place, row in rowWords(row).map { ($0, place) } }, uniquingKeysWith: { a, _ in a })
    }
    /// The last stage of a case a newer source may retell: its sentence or its damages.
    static let sentencedStage = rows.first { $0[2] == "court-sequence" && rowWords($0).contains("sentenced") }.map { rowWords($0)[0] }!
    static let helpers = Set(list("helper"))
    /// The helpers that are forms of "be", "have", "do" and "get", not adverbs.
    static let verbHelpers = Set(list("verb-helper"))
    static let modals = Set(list("modal"))
    static let negations = Set(list("negation"))
    /// The subjects that deny their verb: "nobody wins the tariff war", "no one signed the treaty".
    static let negativeSubjects = Set(list("negative-subject"))
    /// The verbs that, with "as" after their object, tell a view of it: "dismissed the sanctions as pointless".
    static let judgements = Set(list("judgement"))
    /// The nouns of a set of things, which carry the issue after "of": "adopted a package of sanctions".
    static let collectives = Set(list("collective"))
    /// The verbs that deny the clause after them: "denied the treaty was dead".
    static let denials = Set(list("denial"))
    /// The words of a time between a verb and the "to" it rules: "voted on Tuesday to approve", "refused
    /// yesterday to sign", "decided last week to withdraw".
    static let dayWords = Set(list("time-day"))
    static let timeOpeners = Set(list("time-opener"))
    static let timeUnits = Set(list("time-unit"))
    static let durations = Set(list("duration"))
    /// The units of a length written as a compound: "a three-day strike".
    static let lengths = Set(list("length"))
    static let endedStage = "ended"
    static let refusals = Set(list("refusal"))
    static let failures = Set(list("failure"))
    static let conditionPhrases = list("condition-phrase").map { $0.split(separator: " ").map(String.init) }
    static let doubts = Set(list("doubt"))
    static let threats = Set(list("threat"))
    static let conditionals = Set(list("conditional"))
    static let inversions = Set(list("inversion"))
    static let preventions = Set(list("prevention"))
    static let barring = Set(list("barring"))
    static let ongoing = Set(list("ongoing"))
    /// The first words of the events that halt a process: "talks on the treaty collapsed" stalls the treaty.
    static let halts = Set(list("halt"))
    static let requests = Set(list("request"))
    /// Words after a text's noun that lead to what it would provide ("a resolution granting paid leave").
    static let contentWords = Set(list("content"))
    /// Nouns of a text that carries what it would provide ("measure", "amendment").
    static let vehicles = Set(list("vehicle"))
    /// The nouns of a charge, which carry the offence named after them: "dismissed the charge of reckless driving".
    static let chargeNouns = Set(list("charge-noun"))
    /// The stages that, taken on a request, take the step it asks for: "granted the motion to dismiss the suit".
    static let grants = Set(list("grant"))
    /// The stages of getting something, which take what their object names: "gained approval" is approved,
    /// "secured a deal" is an agreement reached.
    static let acquisitions = Set(list("acquisition"))
    /// The words of an accusation, and the words after them that lead to the act accused: "charged with violating".
    static let accusations = Set(list("accusation"))
    static let accusationLinks = Set(list("accusation-link"))
    /// The words of a claim not proven: a step told after them in their clause is only alleged ("alleging a breach of the deal").
    static let allegations = Set(list("allegation"))
    /// The nouns of an offer: the step one is to take is only proposed ("an offer to raise pay").
    static let offers = Set(list("offer"))
    static let proposedStage = byFirstWord["proposal"]!.first { $0.0.form == .noun }!.0.stage
    /// The words of a need or a demand with their preposition: "necessary for approval", "insists on the withdrawal" is a step still to come.
    static let requirements = Set(list("requirement"))
    /// The indefinite articles: "a lengthy review" is a noun phrase, whatever its last word.
    static let indefinites = Set(list("indefinite"))
    static let reachedStage = rows.first { $0[2] == Form.reach.rawValue }![0]
    static let negatable = Set(list("negatable"))
    static let pendingTimes = Set(list("pending-time"))
    static let presentHelpers = Set(list("present"))
    static let decisions = Set(list("decision"))
    static let decisionNouns = Set(list("decision-noun"))
    static let possessivePronouns = Set(list("possessive-pronoun"))
    /// The nouns of a party's share in an issue: "suspended its participation in the treaty".
    static let shares = Set(list("share"))
    static let attempts = Set(list("attempt"))
    static let wishes = Set(list("wish"))
    /// Words after which a verb's -ing form tells of a step wanted or spoken of: "conditions for signing it".
    static let purposes = Set(list("purpose"))
    /// The verbs of paying, whose purpose ("to settle the suit") is taken as the payment is.
    static let payments = Set(list("payment"))
    /// The verbs of consent: "agreed to pay … to settle" settles.
    static let consents = Set(list("consent"))
    /// The words before the body a stage's noun is received from: "won approval from the Board", "in Tarsk".
    static let grantors = Set(list("grantor"))
    /// The changes of terms that a party's consent settles: "agreed to raise pay" is agreed.
    static let agreedTerms = Set(list("agreed-term"))
    static let agreedStage = "agreed"
    /// The verbs that turn down an attempt or a demand: "refused the crews' demand to restore the pension".
    static let rebuffs = Set(list("rebuff"))
    static let others = Set(list("another"))
    /// The nouns of a walkout, which those who walked out end by going back to work.
    static let walkouts = Set(list("walkout"))
    static let walkoutParticiples = Set(list("walkout-participle"))
    /// The words before a walkout's noun that make it the strike of the body just before: "on strike", "its strike".
    static let strikeOpeners = Set(list("strike-opener"))
    static let ranks = Set(list("rank"))
    static let gatherings = Set(list("gathering"))
    /// The stage of a gathering that took place.
    static let heldStage = rows.first { $0[2] == Form.time.rawValue }![0]
    static let auxiliaries = Set(list("auxiliary"))
    static let reviews = Set(list("review"))
    /// The pronouns a body reporting its own step uses: "the Board said it cleared the deal".
    static let reportingPronouns = Set(list("reporting-pronoun"))
    /// The words after a review's noun that say what it is of: "investigation of the deal".
    static let reviewLinks = Set(list("review-link"))
    /// The stages that undo what their object does: "lifted its order blocking the takeover".
    static let reversals = Set(list("reversal"))
    /// The stages whose verbs undo a step decided or planned: the reversal stages, "postponed", and the undo row's.
    static let undoings = reversals.union(["postponed"]).union(rows.filter { $0[2] == "undo" }.map { $0[0] })
    /// The undo row's verbs, by their first word, with their stage.
    static let undoVerbs: [String: [(stage: String, words: [String])]] = Dictionary(grouping: rows.filter { $0[2] == "undo" }.flatMap { row in
        rowWords(row).map { (stage: row[0], words: $0.split(separator: " ").map(String.init)) } }, by: { $0.words[0] })
    /// The verbs that place their object in a state: "put the takeover on hold".
    static let placements = Set(list("placement"))
    /// The words after the object of a verb of placing that read it as leaving: "left the coalition on Sunday".
    static let leavingNext = Set(list("leaving-next"))
    /// For a stage, the nouns of what is taken on an issue, whose issue is named after them: "won control of
    /// the scripts' software", "limits on night shifts".
    static let provisions: [String: Set<String>] = Dictionary(rows.filter { $0[2] == "provision" }.map { ($0[0], Set(rowWords($0))) },
                                                              uniquingKeysWith: { a, b in a.union(b) })
    static let determiners = Set(list("determiner"))
    static let floating = Set(list("floating"))
    static let adverse = Set(list("adverse"))
    static let voteVerbs = Set(list("vote"))
    static let tallyWords = Set(list("tally"))
    static let definites = Set(list("definite"))
    static let prepositions = Set(list("preposition"))
    static let clauseWords = Set(list("clause"))
    static let relatives = Set(list("relative"))
    static let pronouns = Set(list("pronoun"))
    static let haveForms = Set(list("have"))
    static let beForms = Set(list("be"))
    /// The words that open a verb after its subject: "the takeover would", "the deal was".
    static let finiteHelpers = auxiliaries.union(beForms).union(haveForms).union(negations)
    /// The words after a process's noun that lead to its issue: "talks on the treaty".
    static let objectLinks = Set(list("object-link"))
    /// The words that bring in a list's last item: "higher pay, longer breaks and limits on night shifts".
    static let coordinators = Set(list("coordinator"))
    /// The words that join a second verb to a first whose object the second's "it" takes up ("but withdrew it").
    static let antecedentLinks = Set(list("antecedent-link"))
    /// The pronouns that take up an issue as a second verb's object.
    static let takenUpPronouns = Set(list("taken-up-pronoun"))
    /// The inversion words that open a condition in the middle of a clause ("… should councillors block it").
    static let midInversions = Set(list("mid-inversion"))
    /// The verbs of seeming, whose "to" plans nothing: "the dispute appears to be over" is over.
    static let seemings = Set(list("seeming"))
    /// Words before an agreement's noun that say nothing of which one it is: "the landmark law".
    static let neutral = Set(list("neutral"))
    /// The most words an item of such a list has: a longer run is a clause, not an item.
    static let longestListItem = 7
    /// The word before who takes the step, between a process's noun and its issue: "the cancellation by Tarsk of".
    static let agentWords = Set(list("agent"))
    static let adverbEndings = list("adverb-ending")
    /// The endings of a participle, the one form of a verb that stands after "the" ("the ditched treaty").
    static let participleEndings = list("participle-ending")
    /// The particles a hyphen may join to a stage's word, which keeps it a stage ("agreed-upon").
    static let compoundParticles = Set(list("compound-particle"))
    /// The ending of the verb form that "be" before it never makes a passive: "is signing".
    static let activeEndings = list("active-ending")
    /// Whether a lower-case word is a weekday's or a month's name.
    static func namesADay(_ word: String) -> Bool { DateLexicon.weekdays[word] != nil || MonthNames.number(word) != nil }
    static func endsAsAdverb(_ word: String) -> Bool { adverbEndings.contains { word.hasSuffix($0) } }
    /// The nouns of processes ("talks on the treaty"): like an agreement's noun, they carry the issue named after them.
    static let processNouns = Set(rows.filter { $0[2] == "noun" && $0[1] == "1" }.flatMap { $0[3].split(separator: ",").map { normal($0.trimmed) } })

    static func normal(_ s: some StringProtocol) -> String {
        let lower = s.lowercased()
        return lower.unicodeScalars.contains("\u{2019}") ? String(lower.map { $0 == "\u{2019}" ? "'" : $0 }) : lower
    }

    /// The name a stage has when it is only planned.
    /// The text's own words for a stage, by the word form read (the wording row).
    static let wordings = stageNames("wording")
    static func planned(_ stage: String) -> String { plannedName[stage] ?? "due to be \(stage)" }
    /// The stage a planned status is of: "pending ratification" -> ratified, "due to be approved" -> approved.
    static func stage(ofPlanned name: String) -> String? {
        plannedStage[name] ?? (name.hasPrefix("due to be ") ? String(name.dropFirst("due to be ".count)) : nil)
    }
    /// What a stage is called in a sentence whose agreement is only tentative.
    /// The nouns of a court's finding, which is reached but never agreed: "reached a verdict" -> verdict reached.
    static let findings: [String: String] = Dictionary(rows.filter { $0[2] == "finding" }.flatMap { row in rowWords(row).map { ($0, row[0]) } },
                                                        uniquingKeysWith: { a, _ in a })
    /// The pronouns that stand as a clause's subject: after "that" they open a clause ("concluded that he …").
    static let subjectPronouns = Set(list("subject-pronoun"))
    /// The adverbs that tell a step as what came first: "had initially blocked".
    static let earlierWords = Set(list("earlier"))
    static let earlierClauses = Set(list("earlier-clause"))
    /// Verbs of giving, whose passive's subject is who receives: "was denied bail", "was granted a licence".
    static let givings = Set(list("giving"))
    /// Verbs that put a step at risk: "undermining the implementation of the pact" tells no implementation.
    static let imperilling = Set(list("imperil"))
    static let pastPlans = Set(list("past-plan"))
    static let stageQualifiers = Set(list("stage-qualifier"))
    static let reviewingBodies = Set(list("reviewing-body"))
    /// The nouns of those who decide by their vote, beside the reviewing bodies: "lawmakers backed the bill".
    static let decidingBodies = Set(list("deciding-body"))
    static let precedingOpeners = Set(list("preceding"))
    /// The first words of the verdicts' forms: a sentence that holds none is read for no verdict.
    static let verdictStarts = Set(rows.filter { $0[2] == "verdict" }.flatMap { rowWords($0).compactMap { $0.split(separator: " ").first.map(String.init) } })
    /// The verbs of a verdict that may stand before the name of whom it finds: "found Ana Ruiz guilty".
    static let verdictGaps = Set(list("verdict-gap"))
    static let objectPronouns = Set(list("object-pronoun"))
    /// The nouns of a trial and of a sentence, whose issue a verdict is a step of.
    static let caseNouns = list("case-noun")
    static let sentenceNouns = list("sentence-noun")
    static let sentencing = Set(list("sentencing"))
    /// The nouns of a penalty, whose issue a fine's stage is a step of ("Kelvar was fined $4m": the fine the story
    /// tracks is imposed), and that stage.
    static let penaltyNouns = list("penalty-noun")
    static let penalties = Set(list("penalty"))
    /// The nouns whose issue takes a verdict's stage, in order: a sentence goes to the issue of the sentence,
    /// else of the trial.
    static func courtNouns(for stage: String) -> [String] {
        penalties.contains(stage) ? penaltyNouns : sentencing.contains(stage) ? sentenceNouns + caseNouns : caseNouns
    }
    /// The nouns of an appeal, whose issue a higher court's ruling on a verdict is a step of.
    static let appealNouns = list("appeal-noun")
    /// The nouns of a verdict among those: a ruling on one upholds or overturns the case that reached it.
    static let verdictNouns = Set(list("verdict-noun"))
    /// The stage a case takes from a ruling on its verdict: an appeal lost upholds it.
    static let caseRulings = stageNames("case-ruling")
    /// The nouns of what a court decided, which a higher court upholds or overturns: "upheld the $5m award".
    static let ruledNouns = Set(list("ruled-noun"))
    /// The verbs that bring an appeal.
    static let launchWords = Set(rows.filter { $0[2] == "launch" }.flatMap(rowWords))
    static let suitNouns = Set(list("suit-noun"))
    static let comparisons = Set(list("comparison"))
    /// The nouns of a plan, and the nouns of the steps a plan's verb names: "their plan to merge" is the merger.
    static let planNouns = Set(list("plan-noun"))
    static let verbNouns = stageNames("verb-noun")
    /// The stages a refusal reads as another: a demand refused is rejected ("would not agree to meet them").
    static let refusedAs = stageNames("refused-as")
    /// The stages whose absence is another stage: a grant not made is denied ("was not granted a new trial").
    static let negatedAs = stageNames("negated-as")
    /// The adverbs that leave a step not yet taken still to come: "has not yet been granted".
    static let pendingAdverbs = Set(list("pending-adverb"))
    /// The stage a lawsuit takes for a step the reader gives another name elsewhere: a lawsuit dropped is withdrawn.
    static let suitStages = stageNames("suit-stage")
    static let appealBrought = stageNames("appeal-stage")
    static let suitAllegations = Set(list("suit-allegation"))
    /// A form's table from each of its words to the row's first column: the stage it names instead, or a noun.
    static func stageNames(_ form: String) -> [String: String] {
        Dictionary(rows.filter { $0[2] == form }.flatMap { row in rowWords(row).map { ($0, row[0]) } }, uniquingKeysWith: { a, _ in a })
    }
    /// The stage of an order to pay damages, and the words that name them.
    static let damagesAwarded = rows.first { $0[2] == "damages" }![0]
    static let damageWords = Set(list("damages"))
    static let benches = Set(list("bench"))
    static let rulingVerbs = Set(list("ruling-verb"))
    static let findingVerbs = Set(list("finding-verb"))
    /// The first words of the rulings' forms.
    static let rulingStarts = Set(rows.filter { $0[2] == "ruling" }.flatMap { rowWords($0).compactMap { $0.split(separator: " ").first.map(String.init) } })
    static let tentativeName: [String: String] = Dictionary(rows.filter { $0[2] == "tentative" }.map { ($0[0], $0[3]) }, uniquingKeysWith: { a, _ in a })
    /// The words that call an agreement tentative: the adjectives of that stage.
    static let tentativeWords = Set(rows.filter { $0[2] == "adjective" && $0[0] == "tentative" }.flatMap(rowWords))

    /// Whether a sentence asks: its last mark, after any closing quotation mark, is a question mark.
    static func isQuestion(_ text: String) -> Bool { isQuestion(text.unicodeScalars) }

    static func isQuestion(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        scalars.reversed().first { !" \"'\u{201D}\u{2019}\u{BB})".unicodeScalars.contains($0) } == "?"
    }

    /// The readings of one sentence, at most one per issue: any form beats a lone adjective or an aside,
    /// then the higher rank, then the first in the sentence.
    /// `namesParty`: whether the sentence names one of the story's actors, the party a verdict must be on.
    /// `suers`: the bodies the sentence names whose lawsuits are issues, each as a name of its lawsuit.
    /// `lawsuits`: the issues that are lawsuits, whose steps are a lawsuit's ("reached a settlement" settles one).
    static func read(text: String, tokens: [Token], names: [Name], suers: [Name] = [], lawsuits: Set<IssueID> = [], nouns: Set<String>,
                     pointsBack: @escaping (String, [String]) -> IssueID?, namesParty: () -> Bool = { false }) -> [Reading] {
        // A step is told of an issue the sentence names or points back at ("the pact"), or a verdict on one of the
        // story's parties: most sentences do neither.
        // A question tells no step: "why would they walk away from the table?"
        if isQuestion(text) { return [] }
        // The verdicts' first words are plain lower-case words: a token's own lower case is looked up as it is.
        let verdict = tokens.contains { verdictStarts.contains($0.lower) } && namesParty()
        // A step of an appeal the sentence need not name: a ruling on a court's decision, or the appeal brought.
        let appeal = tokens.contains { ruledNouns.contains($0.lower) } && tokens.contains { rulingStarts.contains($0.lower) }
            || tokens.contains { launchWords.contains($0.lower) }
        // "Striking crews went back to work": those who resume are the story's walkout's.
        let resumes = tokens.contains { walkoutParticiples.contains($0.lower) }
        guard !names.isEmpty || !suers.isEmpty || verdict || appeal || resumes || tokens.contains(where: { nouns.contains(normal($0.lower)) }) else { return [] }
        // "Averted a second strike": another of the issue's kind is not the issue.
        let names = names.filter { $0.tokens.lowerBound == 0 || !others.contains(normal(tokens[$0.tokens.lowerBound - 1].lower)) }
        let clause = Clause(text: text, tokens: tokens, names: names, suers: suers, lawsuits: lawsuits, nouns: nouns, pointsBack: pointsBack, verdicts: verdict)
        var best: [IssueID: Reading] = [:], plan: [IssueID: Reading] = [:]
        var order: [IssueID] = []
        for r in clause.readings() {
            if !order.contains(r.issue) { order.append(r.issue) }
            if r.rank == 2 {
                if plan[r.issue] == nil { plan[r.issue] = r }
                continue
            }
            guard let old = best[r.issue] else { best[r.issue] = r; continue }
            let (weakOld, weak) = (old.byAdjective || old.aside, r.byAdjective || r.aside)
            // A step told as what came first gives way to the sentence's next ("filed the appeal but withdrew it").
            if (weakOld && !weak) || (weakOld == weak && (r.rank > old.rank || r.rank == old.rank && old.history && !r.history)) { best[r.issue] = r }
        }
        // What is done, then what is planned ("approved it and will sign it"); talk of a process only alone.
        return order.flatMap { id -> [Reading] in
            let done = best[id].map { $0.rank == 3 || plan[id] == nil ? [$0] : [] } ?? []
            return done + (plan[id].map { [$0] } ?? [])
        }
    }

    /// One sentence being read.
    struct Clause {
        let words: [String]
        let tokens: [Token]
        /// Whether a comma, a bracket, a quotation mark or a dash stands right after a word.
        let breakAfter: [Bool]
        /// Whether that is a comma: what parts the items of a list.
        let commaAfter: [Bool]
        /// Whether only a quotation mark and spaces stand right after a word: "the “complete …”" keeps its article.
        let markOnlyAfter: [Bool]
        /// The name covering each word, if any.
        let nameAt: [Int?]
        /// Whether each word stands inside quotation marks.
        let quoted: [Bool]
        /// For each word, whether a quoted question holds it: "“Why did they walk away?” she asked".
        let asked: [Bool]
        /// Whether a possessive "'s" follows each word ("Tarsk's", whose token drops it).
        let possessive: [Bool]
        /// For the word right after a vote's tally ("voted 51 to 9, majority 42, in favour of"), the vote's verb;
        /// and for the verb, that word.
        let voteBefore: [Int: Int]
        let afterTally: [Int: Int]
        let names: [Name]
        /// The bodies named whose lawsuits are issues: "Kelvar sued" brings Kelvar's.
        let suers: [Name]
        let lawsuits: Set<IssueID>
        let nouns: Set<String>
        /// Whether the sentence tells of an agreement it calls tentative ("reached a tentative pay deal").
        let agreementIsTentative: Bool
        /// What "the NOUN" points back at, given the lower-case words written before the noun.
        let pointsBack: (String, [String]) -> IssueID?
        /// Whether a verdict is read: the sentence names one of the story's parties.
        let verdicts: Bool

        init(text: String, tokens: [Token], names: [Name], suers: [Name] = [], lawsuits: Set<IssueID> = [], nouns: Set<String>,
             pointsBack: @escaping (String, [String]) -> IssueID?, verdicts: Bool = false) {
            self.verdicts = verdicts
            self.suers = suers
            self.lawsuits = lawsuits
            self.tokens = tokens
            // A modal written with a capital inside the sentence is a name or a month ("came in May"): kept as
            // written, it is no modal.
            words = tokens.enumerated().map { k, token in
                let word = StatusReader.normal(token.text)
                return k > 0 && token.isCapitalized && StatusReader.modals.contains(word) ? token.text : word
            }
            let gaps = WordGaps(text, tokens)
            let after = tokens.indices.map(gaps.after)
            func breaks(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
                between.contains { ",;:()[]\u{2014}\u{2013}".unicodeScalars.contains($0) || QuotationMarks.double.contains($0) } || between.contains("-") && between.contains(" ")
            }
            /// Whether only a quotation mark and spaces part two words, after a possessive's ending if any ("Tarsk's “…”").
            func quoteOnly(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
                var marks = between.filter { $0 != " " }
                if marks.count == 3, QuotationMarks.apostrophes.contains(marks[0]), marks[1] == "s" { marks.removeFirst(2) }
                return marks.count == 1 && QuotationMarks.double.contains(marks[0]) && between.contains(" ")
            }
            // Up to four words set off in quotation marks inside a clause stay in it: "the pipeline was “dead”",
            // "its “instrument of accession” was deposited".
            var breaking = after.map(breaks)
            for k in after.indices where quoteOnly(after[k]) {
                guard let close = (k + 1..<min(after.count, k + 5)).first(where: { breaks(after[$0]) }),
                      quoteOnly(after[close]) || after[close].first.map(QuotationMarks.double.contains) == true else { continue }
                breaking[k] = false
                if quoteOnly(after[close]) { breaking[close] = false }
            }
            // Up to three words in brackets stay in the clause too: a ticker or a party, "Kelvar (KLV) sued Orsa (ORS.N)".
            func bracket(_ between: ArraySlice<Unicode.Scalar>, _ mark: Unicode.Scalar) -> Bool {
                between.filter { $0 != " " }.map { $0 } == [mark]
            }
            for k in after.indices where bracket(after[k], "(") {
                guard let close = (k + 1..<min(after.count, k + 4)).first(where: { breaks(after[$0]) }), bracket(after[close], ")") else { continue }
                breaking[k] = false
                breaking[close] = false
            }
            breakAfter = breaking
            commaAfter = after.map { $0.contains(",") }
            markOnlyAfter = after.map(quoteOnly)
            possessive = after.map { gap in
                let marks = gap.prefix(2)
                return marks.count == 2 && QuotationMarks.apostrophes.contains(marks.first!) && marks.last == "s"
            }
            (quoted, asked) = Clause.quotedWords(text, tokens)
            voteBefore = Clause.tallies(words, breakAfter: breakAfter)
            afterTally = Dictionary(uniqueKeysWithValues: voteBefore.map { ($0.value, $0.key) })
            var at = [Int?](repeating: nil, count: tokens.count)
            for (n, name) in names.enumerated() {
                for i in name.tokens where i < at.count && at[i] == nil { at[i] = n }
            }
            nameAt = at
            self.names = names
            self.nouns = nouns
            self.pointsBack = pointsBack
            let (words, breakAfter) = (self.words, self.breakAfter)
            agreementIsTentative = words.indices.contains { k in
                StatusReader.tentativeWords.contains(words[k])
                    && ((k + 1)..<min(words.count, k + 4)).prefix { !breakAfter[$0 - 1] }.contains { nouns.contains(words[$0]) }
            }
        }

        /// For each word, whether a quote of the sentence holds it, and whether that quote asks.
        static func quotedWords(_ text: String, _ tokens: [Token]) -> (quoted: [Bool], asked: [Bool]) {
            let ranges = QuoteFinder.quotedScalars(text)
            guard !ranges.isEmpty else { return ([Bool](repeating: false, count: tokens.count), [Bool](repeating: false, count: tokens.count)) }
            let scalars = Array(text.unicodeScalars)
            let asking = ranges.filter { StatusReader.isQuestion(scalars[$0.clamped(to: 0..<scalars.count)]) }
            return (tokens.map { token in ranges.contains { $0.contains(token.offset) } },
                    tokens.map { token in asking.contains { $0.contains(token.offset) } })
        }

        /// The tallies of votes: the numbers after a vote's verb, "51 to 9" or "51-9", and a majority set off
        /// by commas after them, or a share before "to" ("99% to ratify"), keyed by the word after them, to the verb.
        static func tallies(_ words: [String], breakAfter: [Bool]) -> [Int: Int] {
            func isNumber(_ k: Int) -> Bool { k < words.count && !words[k].isEmpty && words[k].allSatisfy(\.isNumber) }
            var out: [Int: Int] = [:]
            for v in words.indices where StatusReader.voteVerbs.contains(words[v]) && isNumber(v + 1) && !breakAfter[v] {
                // "voted 99% to ratify", "voted 99 per cent to ratify": a share of the vote before the step's "to".
                var share = v + 2
                while share < words.count, share - v <= 3, words[share] == "percent" || words[share] == "per" || words[share] == "cent" { share += 1 }
                if share + 1 < words.count, words[share] == "to", !isNumber(share + 1), !breakAfter[share - 1] {
                    out[share] = v
                    continue
                }
                var end = v + 2
                if end < words.count, StatusReader.tallyWords.contains(words[end]), !breakAfter[v + 1] { end += 1 }
                guard isNumber(end), !breakAfter[end - 1] else { continue }
                end += 1
                if breakAfter[end - 1], end + 1 < words.count, StatusReader.tallyWords.contains(words[end]), isNumber(end + 1) { end += 2 }
                if end < words.count { out[end] = v }
            }
            return out
        }

        func readings() -> [Reading] {
            var out: [Reading] = []
            // The words of a form of several words that told a step start none of their own: "agreed to
            // settle the suit" is settled, not also due to be.
            var readUntil = 0
            for i in words.indices where i >= readUntil && !asked[i] {
                // A verb inside an issue's name is the name's: "a motion by Kelvar to dismiss the suit" dismisses
                // nothing; a process's noun is its stage ("treaty talks").
                let insideName = nameAt[i].map { names[$0].tokens.lowerBound < i } ?? false
                // "Charged with violating the treaty": the act accused is the charge, no step of the issue.
                if isAccusedAct(i) { continue }
                // "a resolution granting paid leave": what a text would provide, no step of its own.
                if StatusReader.contentWords.contains(words[i]), (max(0, i - 4)..<i).contains(where: { contentStart(after: $0) == i + 1 }) { continue }
                // The longest forms that start here: "struck down" is not "struck". A vote's tally may stand
                // after its verb: "voted 51 to 9 in favour of".
                let tally = afterTally[i]
                let found = (StatusReader.byFirstWord[words[i]] ?? []).compactMap { entry, form -> (Entry, [String], Int)? in
                    if insideName, entry.form != .noun { return nil }
                    if opensCompound(i + form.count - 1) { return nil }
                    if i + form.count <= words.count, Array(words[i..<(i + form.count)]) == form { return (entry, form, form.count) }
                    // "Found Ana Ruiz guilty": a name between a verdict's verb and the rest of its form.
                    if entry.form == .verdict, form.count > 1, StatusReader.verdictGaps.contains(form[0]) {
                        let name = i + 1 < words.count && StatusReader.objectPronouns.contains(words[i + 1]) && !breakAfter[i] ? i + 1..<i + 2
                            : (i + 1..<min(words.count, i + 5)).prefix { tokens[$0].isCapitalized && !breakAfter[$0 - 1] }
                        if let last = name.last, last + form.count <= words.count, !breakAfter[last],
                           Array(words[(last + 1)..<(last + form.count)]) == Array(form.dropFirst()) { return (entry, form, last - i + form.count) }
                    }
                    guard form.count > 1, let t = tally, t + form.count - 1 <= words.count, Array(words[t..<(t + form.count - 1)]) == Array(form.dropFirst()) else { return nil }
                    return (entry, form, t - i + form.count - 1)
                }
                let longest = found.map(\.1.count).max() ?? 0
                for (entry, form, length) in found where form.count == longest {
                    let told = reading(entry, at: i, length: length)
                    if !told.isEmpty, form.count > 1 { readUntil = max(readUntil, i + length) }
                    out += told.map { r in
                        var r = r
                        r.quoted = quoted[i]
                        r.aside = isAside(i)
                        // A verb in the past perfect tells what came before the story's time: "engineers had gone on
                        // strike", "the deal had been approved".
                        let before = wordsBefore(i, within: 4)
                        // Adverbs may stand between: "had already been rejected".
                        let tense = before.filter { !StatusReader.helpers.contains($0) || StatusReader.verbHelpers.contains($0) }
                        // Not in reported speech, where the past perfect is the reporter's backshift: "confirmed that both
                        // sides had agreed to extend the truce"; a participle set off after a noun reports nothing ("the
                        // deal, announced in May, had been rejected").
                        let pastPerfect = [.verb, .event, .passage, .receive].contains(entry.form)
                            && (tense.first == "had" || tense.starts(with: ["been", "had"]))
                            && !(max(0, i - 15)..<i).contains { Attribution.speechVerbs.contains(words[$0]) && !($0 > 0 && breakAfter[$0 - 1]) }
                        // "A week before a dock strike was due to start": a plan told in the past is what was planned then.
                        let pastPlan = r.rank == 2 && before.prefix { StatusReader.helpers.contains($0) || StatusReader.modals.contains($0) }
                            .contains(where: StatusReader.pastPlans.contains)
                        // "Before the contract was signed, …": the clause the sentence opens on up to its first break.
                        let earlierClause = !words.isEmpty && StatusReader.earlierClauses.contains(words[0]) && !(0..<i).contains { breakAfter[$0] }
                        // "Filed the appeal in May but withdrew it": the step a later verb's "it" takes up came first.
                        let takenUpLater = ((i + length + 1)..<max(i + length + 1, words.count)).contains { j in
                            StatusReader.byFirstWord[words[j - 1]] != nil && antecedent(ofItAt: j) == r.issue
                        }
                        r.history = before.contains(where: StatusReader.earlierWords.contains) || pastPerfect || pastPlan || earlierClause || takenUpLater
                        r.preceding = wordsBefore(i, within: 10).prefix { !StatusReader.coordinators.contains($0) }.contains(where: StatusReader.precedingOpeners.contains)
                        // "Agreed to extend the contract until May": the agreeing is the step, taken whatever later
                        // day the sentence names.
                        if form.count > 1, StatusReader.consents.contains(form[0]), r.rank == 3 { r.perfect = true }
                        if let w = StatusReader.wordings[form.joined(separator: " ")] {
                            if r.status == entry.stage { r.wording = w } else if r.status == StatusReader.planned(entry.stage) { r.wording = StatusReader.planned(w) }
                        }
                        return r
                    }
                }
            }
            return out
        }

        /// Whether a hyphen joins word `k` to a next that is no particle: the first part of a compound ("closed-door").
        func opensCompound(_ k: Int) -> Bool {
            k + 1 < tokens.count && tokens[k + 1].hyphenated && tokens[k + 1].offset == tokens[k].end + 1
                && !StatusReader.compoundParticles.contains(words[k + 1])
        }

        /// The appeal the story tracks, which a ruling or an appeal brought is a step of, named in the sentence or not.
        var appealIssue: IssueID? { StatusReader.appealNouns.lazy.compactMap { pointsBack($0, []) }.first }

        /// The court's decision the ruling's verb at `i` (ending before `end`, its helpers from `start`) takes:
        /// its object, up to ten words of one phrase after it ("upheld a $5 million jury award"), or in the
        /// passive its subject ("the verdict was upheld").
        func ruledNoun(at i: Int, end: Int, start: Int, passive: Bool) -> String? {
            if passive { return wordsBefore(start, within: 5).first(where: StatusReader.ruledNouns.contains) }
            var k = end
            while k < words.count, k < end + 10 {
                if StatusReader.ruledNouns.contains(words[k]) { return words[k] }
                if breakAfter[k] || StatusReader.prepositions.contains(words[k]) || StatusReader.clauseWords.contains(words[k]) { return nil }
                k += 1
            }
            return nil
        }

        /// Whether word `i` is a participle right after an issue's name and a comma: "the lawsuit, filed in May".
        func isAppositeParticiple(_ i: Int) -> Bool {
            i > 0 && commaAfter[i - 1] && nameAt[i - 1] != nil && StatusReader.participleEndings.contains(where: words[i].hasSuffix)
        }

        /// Whether word `i` stands in a relative clause set off by commas on both sides: ", which began in May,".
        func isAside(_ i: Int) -> Bool {
            // ", filed in May,": a participle set off after an issue's name.
            if isAppositeParticiple(i) {
                var e = i
                while e < words.count - 1, !breakAfter[e] { e += 1 }
                return e < words.count - 1 && commaAfter[e]
            }
            var k = i - 1
            while k > 0, !breakAfter[k], !StatusReader.relatives.contains(words[k]) { k -= 1 }
            guard k > 0, StatusReader.relatives.contains(words[k]), commaAfter[k - 1] else { return false }
            var e = i
            while e < words.count - 1, !breakAfter[e] { e += 1 }
            return e < words.count - 1 && commaAfter[e]
        }

        /// Whether the step is taken, planned, refused, said not to be taken ("have not been met"), or not
        /// told at all (a condition, a question, an attempt).
        /// `perfect`: done, told in the perfect or the past ("have been postponed", "approved"), which no later day it
        /// names makes planned.
        enum Mood { case done, perfect, planned, refused, negated, denied }

        /// The words, at most `n`, before word `k` back to a break.
        func wordsBefore(_ k: Int, within n: Int) -> [String] {
            (max(0, k - n)..<k).reversed().prefix { !breakAfter[$0] }.map { words[$0] }
        }

        /// For a "to" at `t` that tells who took a step by their rank ("the first state to ratify", "the only
        /// one of the carriers to settle"; a rank word up to eight words before, in the same clause), whether
        /// the step is planned all the same ("will be the first to ratify"); nil for any other word.
        func rankedStepIsPlanned(to t: Int) -> Bool? {
            guard words[t] == "to", let rank = (max(0, t - 8)..<t).reversed().prefix(while: { !breakAfter[$0] })
                .first(where: { StatusReader.ranks.contains(words[$0]) }) else { return nil }
            return wordsBefore(rank, within: 4).contains(where: StatusReader.modals.contains)
        }

        /// Whether the quantifier at `k` stands after its subject ("Alda and Tarsk both signing off"): after a
        /// name or a plural noun, not after a word of the clause's grammar.
        func floatsAfterSubject(_ k: Int) -> Bool {
            guard StatusReader.floating.contains(words[k]), k > 0, !breakAfter[k - 1] else { return false }
            let w = words[k - 1]
            if nameAt[k - 1] != nil || tokens[k - 1].isCapitalized { return true }
            return w.hasSuffix("s") && !StatusReader.helpers.contains(w) && !StatusReader.prepositions.contains(w)
                && !StatusReader.clauseWords.contains(w) && !StatusReader.determiners.contains(w)
        }

        /// The helpers, modals and negations right before word `i`, and the verb before "to" that rules them;
        /// `stage` is the stage of the word at `i`.
        func chain(before i: Int, stage: String? = nil) -> (start: Int, mood: Mood, passive: Bool) {
            var k = i - 1
            var hasModal = false, hasNegation = false, hasBe = false, possible = false
            while k >= 0, !breakAfter[k], nameAt[k] == nil {
                let w = words[k]
                // "Appears to be over", "seems to have collapsed": a verb of seeming and its "to" leave the step as told.
                if w == "to", k > 0, !breakAfter[k - 1], StatusReader.seemings.contains(words[k - 1]) { k -= 2; continue }
                // "Unlikely" is a doubt, not an adverb of the chain.
                let adverb = !tokens[k].isCapitalized && w.count > 4 && StatusReader.endsAsAdverb(w) && !StatusReader.doubts.contains(w)
                guard StatusReader.helpers.contains(w) || StatusReader.modals.contains(w) || StatusReader.negations.contains(w) || adverb else { break }
                if StatusReader.modals.contains(w) { hasModal = true }
                if StatusReader.conditionals.contains(w) { possible = true }
                if StatusReader.negations.contains(w) { hasNegation = true }
                if StatusReader.beForms.contains(w) { hasBe = true }
                k -= 1
            }
            // "May complete the takeover and close the deal": a bare verb joined to one after a modal shares it.
            if !hasModal, k > 0, !breakAfter[k], StatusReader.coordinators.contains(words[k]), !StatusReader.activeEndings.contains(where: words[i].hasSuffix),
               !StatusReader.participleEndings.contains(where: words[i].hasSuffix),
               wordsBefore(k, within: 10).contains(where: StatusReader.auxiliaries.contains) { hasModal = true }
            // "Voted 51 to 9 to impose": the vote rules the step over its tally.
            if let v = voteBefore[k + 1] { k = v }
            let start = k + 1
            var ruler = k >= 0 && !breakAfter[k] ? words[k] : ""
            // "Voted on Tuesday to approve", "refused yesterday to sign": a time between the verb and "to" leaves
            // the verb ruling the step.
            if start < i, words[start] == "to", let r = verbBeforeTime(endingAt: k) { ruler = words[r] }
            if StatusReader.negativeSubjects.contains(ruler) || ruler == "one" && k > 0 && words[k - 1] == "no" { hasNegation = true }
            // The helper right before the verb, adverbs and negations aside: "has been signed" is a passive,
            // "are likely to sign" is not; "to have reached" is a perfect, a step taken whatever stands before.
            let nearest = (start..<i).last { !StatusReader.endsAsAdverb(words[$0]) && !StatusReader.negations.contains(words[$0]) }.map { words[$0] }
            let passive = hasBe && nearest.map { StatusReader.beForms.contains($0) } == true
                && !StatusReader.activeEndings.contains { words[i].hasSuffix($0) }
            let perfect = nearest.map { StatusReader.haveForms.contains($0) } ?? false
            // A step in a condition says nothing: in a clause opened by "if" ("if its own demands are met"), or by
            // "when" before a step in the present ("when its demands are met"; before one in the past it is a
            // time); a step only possible under a condition after it ("could cancel the deal if …"); a condition
            // opened before its subject ("should the deal be signed, …"). Nor does someone's attempt ("an effort
            // to block the deal", "pressure on Tarsk to drop it", "tried to block it").
            // Fourteen words back reach the clause word before a long subject ("when the part of the pact that
            // concerns Tarsk is met").
            let earlier = wordsBefore(start, within: 14)
            // An "and" between two names ("if Kelvar and Orsa agree") joins them, opening no clause.
            // "Whether" opens a clause of doubt as a clause word does: "investigating whether Kelvar's $2 billion takeover of
            // Orsa breached the law".
            let opener = earlier.indices.first(where: { e in
                let k = start - 1 - e
                guard StatusReader.clauseWords.contains(words[k]) || StatusReader.doubts.contains(words[k]) else { return false }
                return !(StatusReader.coordinators.contains(words[k]) && k > 0 && k + 1 < tokens.count && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized)
            }).map { earlier[$0] }
            // The present: by its helper, or a verb of its own in "-s" ("until Velmar meets its demands").
            let present = (start..<i).contains { StatusReader.presentHelpers.contains(words[$0]) }
                || start == i && words[i].hasSuffix("s") && !words[i].hasSuffix("ss")
            // "As long as Tarsk released them": a phrase of condition in the clause.
            let phraseCondition = StatusReader.conditionPhrases.contains { phrase in
                (max(0, start - 10)...max(0, start - phrase.count)).contains { k in
                    k + phrase.count <= start && Array(words[k..<(k + phrase.count)]) == phrase && !(k..<start).contains { breakAfter[$0] }
                }
            }
            // "To be granted the visa waiver, Tarsk must still …": a purpose that opens the sentence is a condition too.
            let purpose = start == 0 && start < i && words[0] == "to"
            let condition = purpose || phraseCondition || earlier.prefix(3).contains(where: StatusReader.doubts.contains)
                || opener.map { StatusReader.doubts.contains($0) || present && StatusReader.pendingTimes.contains($0) } == true
                || possible && words[(i + 1)...].prefix(14).contains(where: StatusReader.doubts.contains)
                || invertedCondition(before: start, earlier)
            // Nor does a wish that another take the step: "asked the court to grant a new trial", "wants the board to
            // approve it" (a wish's own "to", "wants to approve", is planned).
            // The attempt's maker may stand between it and its "to": "an attempt by rail operator Kelvar to halt the strike".
            let attemptAt = start < i && words[start] == "to" ? earlier.prefix(10).firstIndex(where: StatusReader.attempts.contains)
                .flatMap { e in e < 5 || earlier.prefix(e).contains("by") ? start - 1 - e : nil } : nil
            // Nor one demanded in a clause of its own: "demanding that the university accept the terms"; a "that" right
            // before the verb opens a relative clause on the noun before it ("the moves that ended the strike").
            let demanded = earlier.prefix(8).indices.dropLast().contains { e in e > 0 && earlier[e] == "that" && StatusReader.wishes.contains(earlier[e + 1]) }
            let attempt = demanded || attemptAt != nil || start < i && words[start] == "to"
                && earlier.prefix(6).dropFirst().contains(where: StatusReader.wishes.contains) && !StatusReader.wishes.contains(earlier.first ?? "")
            // "Refused to meet the crews' demand to restore the pension": an attempt turned down refuses its step.
            if let a = attemptAt, wordsBefore(a, within: 6).contains(where: StatusReader.rebuffs.contains) { return (start, .refused, passive) }
            // "Barred Kelvar from closing the takeover": a step stopped before it was taken; "warned of blocking the
            // takeover", one feared.
            let prevented = StatusReader.preventions.contains(ruler) && StatusReader.activeEndings.contains { words[i].hasSuffix($0) }
                || ruler == "of" && start > 1 && StatusReader.threats.contains(words[start - 2])
            if StatusReader.doubts.contains(ruler) || condition || attempt || prevented { return (start, .denied, passive) }
            if perfect, !hasNegation { return (start, .perfect, passive) }
            if StatusReader.refusals.contains(ruler) { return (start - 1, .refused, passive) }
            // "Failed to release them", "failed to find a way to release them": a step tried, not taken.
            if start < i, words[start] == "to", earlier.prefix(8).indices.contains(where: { e in
                StatusReader.failures.contains(earlier[e]) && (e == 0 || earlier[e - 1] == "to")
            }) { return (start, .negated, passive) }
            // "Would not agree to meet its demands" refuses to meet them; "has not agreed to meet them" tells nothing.
            if start < i, words[start] == "to", StatusReader.consents.contains(ruler), k > 0 {
                switch chain(before: k).mood {
                case .refused: return (start - 1, .refused, passive)
                case .negated: return (start, .denied, passive)
                default: break
                }
            }
            // "Has not yet been granted" is still to be decided; "was not granted", denied.
            if hasNegation, !hasModal, let stage, StatusReader.negatedAs[stage] != nil, (start..<i).contains(where: { StatusReader.pendingAdverbs.contains(words[$0]) }) {
                return (start, .denied, passive)
            }
            if hasNegation { return (start, hasModal ? .refused : .negated, passive) }
            // "Was forced to withdraw" is a step taken; "may be forced to withdraw" one planned.
            if StatusReader.decisions.contains(ruler) {
                let ruled = wordsBefore(start - 1, within: 3).contains(where: StatusReader.modals.contains)
                return (start - 1, ruled ? .planned : .done, passive)
            }
            // "Tarsk's decision to withdraw" is the step taken: a step that undoes is done by deciding it. One
            // that takes an act of its own ("Tarsk's decision to sign") is only planned, as is any step when the
            // decision is still to come ("a decision to withdraw is expected").
            if start < i, words[start] == "to", let d = decisionNoun(before: start) {
                let later = ((i + 1)..<min(words.count, i + 12)).prefix { !breakAfter[$0 - 1] }
                let ruled = wordsBefore(d, within: 3).contains(where: StatusReader.modals.contains)
                    || later.contains { StatusReader.modals.contains(words[$0]) && words[$0] != "to" }
                return (start, !ruled && stage.map(StatusReader.reversals.contains) == true ? .done : .planned, passive)
            }
            if let planned = rankedStepIsPlanned(to: start) { return (start, planned ? .planned : .done, passive) }
            // "Agreed to pay $1bn to settle the suit": a payment's purpose is taken as the payment is.
            if start < i, words[start] == "to", let p = (max(0, start - 7)..<start).reversed().prefix(while: { !breakAfter[$0] })
                .first(where: { StatusReader.payments.contains(words[$0]) }) {
                let agreed = p > 1 && words[p - 1] == "to" && !breakAfter[p - 2] && StatusReader.consents.contains(words[p - 2])
                return (start, chain(before: agreed ? p - 2 : p).mood, passive)
            }
            if hasModal { return (start, .planned, passive) }
            // "Have been postponed", "has signed": the perfect. "Approved the contract, which runs until May": the past,
            // a step taken, whatever day the sentence names (not "is approved").
            let told = (start..<i).contains { StatusReader.haveForms.contains(words[$0]) }
                || StatusReader.participleEndings.contains(where: words[i].hasSuffix) && !(start..<i).contains { StatusReader.presentHelpers.contains(words[$0]) }
            return (start, told ? .perfect : .done, passive)
        }

        /// Whether a stage's noun at `i` is what a wish asks for: "moved for the summary judgment and dismissal of",
        /// "called for its repeal", a wish and "for" up to six words before it in its clause.
        func wantedFor(_ i: Int) -> Bool {
            guard i > 1, let f = (max(1, i - 6)..<i).last(where: { words[$0] == "for" }), !breakAfter[f - 1],
                  StatusReader.wishes.contains(words[f - 1]) else { return false }
            return !(f..<i).contains { breakAfter[$0] }
        }

        /// The word before a time that ends at `k` ("on Tuesday", "last week", "yesterday") and the adverbs
        /// before it, when one stands there in the same clause.
        func verbBeforeTime(endingAt k: Int) -> Int? {
            func isTime(_ w: String) -> Bool {
                StatusReader.dayWords.contains(w) || StatusReader.timeUnits.contains(w) || StatusReader.namesADay(w) || w.allSatisfy(\.isNumber)
            }
            // The time's words, at most four ("on Monday night", "last week", "on May 3"), and the opener before them.
            var r = k, count = 0
            while r >= 0, count < 4, isTime(words[r]), r == k || !breakAfter[r] { r -= 1; count += 1 }
            guard count > 0, r >= 0, !breakAfter[r] else { return nil }
            if !(count == 1 && StatusReader.dayWords.contains(words[k])) {
                guard StatusReader.timeOpeners.contains(words[r]), r > 0, !breakAfter[r - 1] else { return nil }
                r -= 1
            }
            while r >= 0, !breakAfter[r], StatusReader.endsAsAdverb(words[r]) { r -= 1 }
            // "Voted 9-4 on Monday night to scrap": the vote's verb before its tally.
            if r >= 0, let v = voteBefore[r + 1] { r = v }
            return r >= 0 && !breakAfter[r] ? r : nil
        }

        /// The decision noun that rules a "to" at `t`, with who decided: after them ("Tarsk's decision to
        /// withdraw", "its decision to"), or before "by" and them ("the decision by Tarsk to withdraw", at
        /// most four words of a name between). A decision of no one ("the decision to sign it was made") is
        /// only planned, as any "to".
        func decisionNoun(before t: Int) -> Int? {
            guard t > 1, !breakAfter[t - 1], !breakAfter[t - 2] else { return nil }
            if StatusReader.decisionNouns.contains(words[t - 1]) {
                return possessive[t - 2] || StatusReader.possessivePronouns.contains(words[t - 2]) ? t - 1 : nil
            }
            guard let by = (max(1, t - 6)..<t).last(where: { words[$0] == "by" }), by + 1 < t,
                  (by + 1..<t).allSatisfy({ tokens[$0].isCapitalized || StatusReader.determiners.contains(words[$0]) }),
                  !(by - 1..<t).contains(where: { breakAfter[$0] }), StatusReader.decisionNouns.contains(words[by - 1]) else { return nil }
            return by - 1
        }

        /// Whether a condition opens before the subject of a verb whose helpers start at `start`: "should",
        /// "had" or "were" first in its clause, the subject after it ("should the deal be signed, …").
        /// `earlier` are the words before `start`, nearest first (`wordsBefore`).
        func invertedCondition(before start: Int, _ earlier: [String]) -> Bool {
            for k in earlier.indices.map({ start - 1 - $0 }) where StatusReader.inversions.contains(words[k]) {
                // Or in the middle of a clause, with a short subject between it and the verb: "vowed to resign should
                // councillors block the levy" (not "Tarsk should sign it and Velmar block it").
                let subject = (k + 1)..<start
                let inverted = StatusReader.midInversions.contains(words[k]) && (1...4).contains(subject.count) && !subject.contains { StatusReader.coordinators.contains(words[$0]) || StatusReader.byFirstWord[words[$0]] != nil }
                return k == 0 || breakAfter[k - 1] || StatusReader.clauseWords.contains(words[k - 1]) || inverted
            }
            return false
        }

        /// What the stage word at `i` says: of one issue, or of each issue in the list that is its object.
        func reading(_ entry: Entry, at i: Int, length: Int) -> [Reading] {
            let end = i + length
            switch entry.form {
            case .verb, .reach, .part, .backing, .event, .passage, .receive, .state, .strike:
                // After a possessive, which the words drop, the word is a noun: "by autumn's end", "Tarsk's return".
                if entry.form != .state, i > 0, possessive[i - 1] { return [] }
                // After "the" or "a" a verb's plain form is a noun's or an adjective's ("the clear threat", "a
                // drop in tolls"); only its participle stands there ("the ditched treaty").
                if entry.form != .state, i > 0, StatusReader.determiners.contains(words[i - 1]), !breakAfter[i - 1] || markOnlyAfter[i - 1],
                   !StatusReader.participleEndings.contains(where: words[i].hasSuffix), !floatsAfterSubject(i - 1) { return [] }
                // After a preposition other than "to", or a word of time that opens a clause, a verb stands only as "-ing" ("for
                // signing it") or with a subject: its plain form is an adjective's ("toward complete disarmament", "until complete withdrawal").
                if entry.form == .verb, i > 0, words[i - 1] != "to", StatusReader.prepositions.contains(words[i - 1]) || StatusReader.pendingTimes.contains(words[i - 1]),
                   !breakAfter[i - 1] || markOnlyAfter[i - 1],
                   !StatusReader.participleEndings.contains(where: words[i].hasSuffix), !StatusReader.activeEndings.contains(where: words[i].hasSuffix),
                   !words[i].hasSuffix("s") { return [] }
                // After "a" and one more word, a verb's plain form is a noun too: "after a lengthy review".
                if entry.form == .verb, i > 1, StatusReader.indefinites.contains(words[i - 2]), !breakAfter[i - 2], !breakAfter[i - 1],
                   !StatusReader.participleEndings.contains(where: words[i].hasSuffix), !StatusReader.activeEndings.contains(where: words[i].hasSuffix) { return [] }
                // "Conditions for signing the treaty", "met to discuss signing it": a verb's -ing form after a word of purpose
                // or topic (the purpose row) tells of a step wanted or spoken of, none taken; after a participle it is the
                // reason for it, a step taken ("was praised for signing it").
                if entry.form == .verb, i > 0, !breakAfter[i - 1], words[i].hasSuffix("ing"), StatusReader.purposes.contains(words[i - 1]),
                   !(i > 1 && !breakAfter[i - 2] && StatusReader.participleEndings.contains(where: words[i - 2].hasSuffix)) { return [] }
                // "Sought a suspended sentence": the kind wanted, no stage of the issue ("the moves that ended it" is a
                // relative clause on the noun, no wish's).
                if i > 1, StatusReader.determiners.contains(words[i - 1]), !StatusReader.relatives.contains(words[i - 1]), !breakAfter[i - 2], !breakAfter[i - 1] {
                    let verb = words[i - 2] == "for" && i > 2 && !breakAfter[i - 3] ? i - 3 : i - 2
                    if StatusReader.wishes.contains(words[verb]) { return [] }
                }
                // "Pressed for increased pay": a participle right after a wish, or its "for", is the kind wanted too.
                if i > 0, !breakAfter[i - 1], StatusReader.participleEndings.contains(where: words[i].hasSuffix) {
                    let verb = words[i - 1] == "for" && i > 1 && !breakAfter[i - 2] ? i - 2 : i - 1
                    if StatusReader.wishes.contains(words[verb]) { return [] }
                }
                var (start, mood, passive) = chain(before: i, stage: entry.stage)
                if mood == .denied { return [] }
                var issue: IssueID?
                var stage = entry.stage
                // "Kelvar agreed to raise pay by 5%": a change of terms a party agrees to is agreed, not only planned.
                if mood == .planned, entry.form == .verb, StatusReader.agreedTerms.contains(stage), start > 0, start < i, words[start] == "to",
                   !breakAfter[start - 1], StatusReader.consents.contains(words[start - 1]) {
                    (stage, mood) = (StatusReader.agreedStage, .done)
                }
                // The issues of a list's later items, when the object is a list: "won higher pay and limits on night shifts".
                var listed: [(issue: IssueID, head: Range<Int>)] = []
                switch entry.form {
                case .verb:
                    // "The toll was left unchanged": a verb of placing in the passive leaves nothing.
                    if passive, StatusReader.placements.contains(words[i]) { return [] }
                    if passive {
                        // "Berg was denied bail": a verb of giving in the passive takes what is given, after it.
                        if StatusReader.givings.contains(words[i]), let o = object(at: end, stage: stage) { issue = o.issue; break }
                        issue = subject(before: start)
                        // "Was approved by the Board": the Board's review approved it, whatever the subject.
                        if let agent = reviewingAgent(after: end) { listed.append(agent) }
                        break
                    }
                    // "The lawsuit, filed in May, accused …": a participle set off after the issue's name, with no object of its own.
                    if isAppositeParticiple(i), end < words.count, !StatusReader.determiners.contains(words[end]) { issue = names[nameAt[i - 1]!].issue; break }
                    if modifiesObjectOfStep(i) { return [] }
                    // "Granted Kelvar's motion to dismiss the lawsuit": the step the request asks for is taken.
                    if StatusReader.grants.contains(stage), let asked = requestedStep(from: end) {
                        return make(asked.issue, asked.entry.stage, asked.entry.rank, mood, adjective: false).map { [$0] } ?? []
                    }
                    // "The Harbour Board dropped its case": a lawsuit's noun after the body that brings it is that lawsuit.
                    if let suit = suer(before: start), let head = ownSuit(at: end) {
                        issue = suit
                        stage = StatusReader.suitStages[stage] ?? stage
                        listed = listedIssues(from: head.upperBound, stage: stage)
                        break
                    }
                    listed = listedIssues(from: end, stage: stage)
                    guard let o = object(at: end, stage: stage) else {
                        // "Blocked Kelvar from closing the takeover": the step it bars is the issue's; "prevented the crews from
                        // going on strike", the walkout they were to go on.
                        if StatusReader.barring.contains(stage), let k = (end..<min(words.count, end + 6)).first(where: { StatusReader.preventions.contains(words[$0]) }),
                           !(end..<k).contains(where: { breakAfter[$0] }), k + 2 < words.count, StatusReader.activeEndings.contains(where: words[k + 1].hasSuffix),
                           !breakAfter[k + 1], let barred = object(at: k + 2) ?? (words[k + 2] == "on" && k + 3 < words.count && !breakAfter[k + 2] ? object(at: k + 3) : nil) {
                            issue = barred.issue
                        }
                        break
                    }
                    // "Denied the treaty was dead": the phrase is the subject of a clause of its own ("the decision to
                    // sign the treaty was made" is one phrase).
                    let next = o.head.upperBound
                    if !(start < i && words[start] == "to"), next < words.count, !breakAfter[next - 1], StatusReader.beForms.contains(words[next]) || StatusReader.haveForms.contains(words[next])
                        || StatusReader.conditionals.contains(words[next]) { return [] }
                    // "Dismissed the sanctions as pointless": a verb of judgement before "as" tells a view, no step.
                    if next < words.count, words[next] == "as", !breakAfter[next - 1], StatusReader.judgements.contains(words[i]) { return [] }
                    // "Left the deal in limbo", "left the merger intact", "left the talks to her deputy": a verb of placing with a
                    // state or a word of its own after its object places it there, no step ("left the coalition on Sunday",
                    // "in protest", leaves it).
                    // "Left the coalition on Sunday" leaves it; "will leave tariffs on steel" keeps them: "on" leaves only before a day.
                    let keptOn = next + 1 < words.count && words[next] == "on" && !isDay(next + 1)
                    if StatusReader.placements.contains(words[i]), next < words.count, !breakAfter[next - 1],
                       stateStarts(at: next) || keptOn || !StatusReader.leavingNext.contains(words[next]) && !StatusReader.clauseWords.contains(words[next]) { return [] }
                    // "Holds two monopolies": only a gathering is held (the gathering row: "held talks", "will host the summit").
                    if stage == StatusReader.heldStage, !StatusReader.gatherings.contains(words[o.head.upperBound - 1]) { return [] }
                    // "An offer to raise pay by 5%": the step an offer is to take is proposed.
                    if start > 0, start < i, words[start] == "to", !breakAfter[start - 1], StatusReader.offers.contains(words[start - 1]) {
                        return make(o.issue, StatusReader.proposedStage, 1, .done, adjective: false).map { [$0] } ?? []
                    }
                    issue = o.issue
                    // "Reversed its decision to withdraw from the treaty": the decision undone is the status, in the text's words.
                    if start > 0, start < i, words[start] == "to", !breakAfter[start - 1], StatusReader.decisionNouns.contains(words[start - 1]),
                       let undone = undoing(head: start - 1) {
                        return undoneReading(o.issue, "\(words[start - 1]) to \(words[i])", undone).map { [$0] } ?? []
                    }
                    // "Gained antitrust approval", "secured this deal": what is got is the object's own stage, or an agreement.
                    stage = acquired(stage, o.head)
                    // "The tentative deal raises pay by 5%": a change of terms an agreement makes is agreed as the agreement is.
                    if StatusReader.agreedTerms.contains(stage), mood == .done || mood == .perfect, subjectIsAgreement(before: start) {
                        stage = StatusReader.agreedStage
                    }
                    if StatusReader.suitNouns.contains(words[o.head.upperBound - 1]) { stage = StatusReader.suitStages[stage] ?? stage }
                    // "Launched an appeal", "filed an appeal" in a lawsuit: an appeal brought is the lawsuit appealed (an issue that
                    // is the appeal itself is filed).
                    if lawsuits.contains(o.issue), StatusReader.appealNouns.contains(words[o.head.upperBound - 1]),
                       let appealed = StatusReader.appealBrought[stage] { stage = appealed }
                    // "The Board blocked the sale": the Board's review blocked it.
                    // So do "the shareholders of Orsa": a body's owner after "of" stands between it and its verb.
                    if start > 0, let n = nameAt[start - 1] ?? reporter(of: start - 1) ?? bodyOwned(before: start), names[n].body, !breakAfter[start - 1] {
                        listed.append((names[n].issue, start - 1..<start))
                    }
                    // "Held talks on the treaty": the talks go on, the treaty is under negotiation.
                    // "Opened an in-depth investigation", the investigation the issue: it is under review.
                    if StatusReader.ongoing.contains(stage),
                       let process = processStage(at: o.head.upperBound - 1) { return make(o.issue, process.stage, process.rank, mood, adjective: false).map { [$0] } ?? [] }
                case .reach:
                    // "Agreed to a pay deal", but not "agreed to resume talks": after a preposition the object
                    // opens on a determiner, a number or a name, else it is a step of its own, read on its own.
                    if StatusReader.prepositions.contains(words[end - 1]), end < words.count, !StatusReader.determiners.contains(words[end]),
                       nameAt[end] == nil, !(tokens[end].text.first?.isNumber ?? false) { return [] }
                    guard !passive, let o = object(at: end) else { return reachedPassive(entry, start: start, mood: mood, passive: passive).map { [$0] } ?? [] }
                    // "A sealed envelope containing the treaty": a participle before a noun qualifies that noun only.
                    if i > 0, StatusReader.determiners.contains(words[i - 1]), o.head.lowerBound != end || nameAt[end] == nil && !isCarrier(end) { return [] }
                    issue = o.issue
                    // "The jury reached a verdict": a finding reached is no agreement.
                    if let found = StatusReader.findings[words[o.head.upperBound - 1]] { stage = found }
                    // The object's own stage ("a tentative deal") is what was reached, planned or not.
                    if endsOnAgreement(o.head), let adjective = o.head.lazy.compactMap({ adjectiveStage(at: $0) }).first {
                        stage = adjective
                        if mood == .planned { return [] }
                    }
                case .backing:
                    // "Parliament backed the amendments", "members backed the contract": a body that decides, backing it, approves it.
                    guard !passive, subjectIsDecidingBody(before: start),
                          let o = object(at: end, stage: stage) ?? countsOf(after: end).flatMap({ object(at: $0 + 1, stage: stage) }) else { return [] }
                    issue = o.issue
                case .part:
                    guard !passive, subjectIsAgreement(before: start) else { return [] }
                    listed = listedIssues(from: end)
                    // "The bill includes a second bill mandating paid leave": a text a part provides is not agreed,
                    // nor a finding a writing holds ("an envelope containing the verdict").
                    guard let o = object(at: end, throughContent: false), StatusReader.findings[words[o.head.upperBound - 1]] == nil else { return [] }
                    issue = o.issue
                case .event:
                    // Followed by its own object ("the deal ends the dispute", "ends Tarsk's isolation"), it is no event of its subject; nor before
                    // an infinitive, which tells what happened ("the ruling failed to account for …", "talks began to falter").
                    if end < words.count, StatusReader.determiners.contains(words[end]) || possessive[end], !breakAfter[end - 1] { return [] }
                    if end + 1 < words.count, words[end] == "to", !breakAfter[end - 1], !breakAfter[end], !StatusReader.determiners.contains(words[end + 1]),
                       !tokens[end + 1].isCapitalized, !(tokens[end + 1].text.first?.isNumber ?? false) { return [] }
                    issue = subject(before: start)
                    // "Talks on the treaty began": the talks go on, the treaty is under negotiation.
                    if let issue, let process = processOfSubject(before: start) {
                        if StatusReader.ongoing.contains(stage) { return make(issue, process.stage, process.rank, mood, adjective: false).map { [$0] } ?? [] }
                        // "Talks on the treaty collapsed": the talks ended, not the treaty, which has stalled.
                        return StatusReader.halts.contains(words[i]) ? make(issue, "stalled", entry.rank, mood, adjective: false).map { [$0] } ?? [] : []
                    }
                case .strike:
                    // "Have been on strike since May": only a walkout is what they are on ("is on the agenda" is none).
                    guard !passive, let o = object(at: end), StatusReader.walkouts.contains(words[o.head.upperBound - 1]) else { return [] }
                    issue = o.issue
                case .passage:
                    // "The bill passed the Senate": what it passed is no issue of its own.
                    guard !passive, object(at: end) == nil else { return [] }
                    issue = subject(before: start)
                case .receive:
                    // "The takeover won regulatory approval": the stage of the noun it received.
                    guard !passive, let noun = (end..<min(words.count, end + 4)).prefix(while: { $0 == end || !breakAfter[$0 - 1] })
                        .first(where: { nounStage(at: $0) != nil }), let received = nounStage(at: noun) else { return [] }
                    issue = subject(before: start)
                    stage = qualified(received, nounAt: noun)
                    // "The takeover won approval from the Board", "got clearance in Tarsk": that body's review gave it.
                    if let agent = reviewingAgent(after: noun + 1, links: StatusReader.grantors) { listed.append(agent) }
                case .state:
                    // "The strike is over": a state that is also a preposition ends its clause ("is over pay" is none),
                    // or a phrase of its own follows ("is over after 148 days").
                    if StatusReader.prepositions.contains(words[end - 1]), end < words.count, !breakAfter[end - 1],
                       !StatusReader.prepositions.contains(words[end]) { return [] }
                    guard start < i, words[start..<i].contains(where: { StatusReader.helpers.contains($0) }) else {
                        // "Put the takeover on hold": the state its verb of placing gives its object.
                        guard let v = (max(0, i - 8)..<i).last(where: { StatusReader.placements.contains(words[$0]) }),
                              !(v..<i).contains(where: { breakAfter[$0] }), let o = object(at: v + 1), o.head.upperBound == i else { return [] }
                        return make(o.issue, stage, entry.rank, chain(before: v).mood, adjective: false).map { [$0] } ?? []
                    }
                    issue = subject(before: start)
                    // "Tarsk denied the treaty was dead": a state the clause's verb denies.
                    if issue != nil, let n = nameAt[start - 1] {
                        var v = names[n].tokens.lowerBound - 1
                        while v > 0, StatusReader.determiners.contains(words[v]) || words[v] == "that", !breakAfter[v - 1] { v -= 1 }
                        if v >= 0, !breakAfter[v], StatusReader.denials.contains(words[v]) { return [] }
                    }
                default: break
                }
                // "Went on strike for three days": a process begun in the simple past over a time "for" bounds is over;
                // not in the perfect ("have gone on strike for weeks").
                if StatusReader.ongoing.contains(stage), mood == .done || mood == .perfect, !(start..<i).contains(where: { StatusReader.haveForms.contains(words[$0]) }),
                   Tense.isPastForm(words[i]),
                   let f = (end..<words.count).prefix(while: { $0 == end || !breakAfter[$0 - 1] }).first(where: { words[$0] == "for" }),
                   ((f + 1)..<min(words.count, f + 4)).prefix(while: { !breakAfter[$0 - 1] }).contains(where: { StatusReader.durations.contains(words[$0]) }) {
                    stage = StatusReader.endedStage
                }
                return ([issue].compactMap { $0 }.map { make($0, stage, entry.rank, mood, adjective: false) }
                        + listed.map { make($0.issue, acquired(stage, $0.head), entry.rank, mood, adjective: false) }).compactMap { $0 }
            case .verdict:
                // "Ana Ruiz was found guilty", "a jury convicted Kelvar": a step of the trial the story tracks, named
                // or not; "if convicted" tells none.
                let courtIssues = StatusReader.courtNouns(for: entry.stage).compactMap { pointsBack($0, []) }
                // A case named in the verdict's own phrase is its case: "sentenced Ruiz to ten years in federal prison".
                let phrase = (end..<words.count).prefix { k in !StatusReader.clauseWords.contains(words[k]) && (k == end || !breakAfter[k - 1]) }
                let own = phrase.lazy.compactMap { nameAt[$0].map { names[$0].issue } }.first(where: courtIssues.contains)
                guard verdicts, let issue = own ?? courtIssues.first else { return [] }
                // An order to pay is an award of damages only where damages are named: "ordered Ana Ruiz to pay
                // $4 million in damages", not "ordered her to pay costs".
                if entry.stage == StatusReader.damagesAwarded, !words[i...].prefix(14).contains(where: StatusReader.damageWords.contains) { return [] }
                return make(issue, entry.stage, entry.rank, chain(before: i, stage: entry.stage).mood, adjective: false).map { [$0] } ?? []
            case .launch:
                // "Plans to appeal his conviction", "has appealed against the ruling": the verb brings the appeal the
                // story tracks; not the noun ("an appeal the court heard"), nor a plea ("appealed for calm").
                if i > 0, StatusReader.determiners.contains(words[i - 1]) || StatusReader.prepositions.contains(words[i - 1]) && words[i - 1] != "to" { return [] }
                if end < words.count, !breakAfter[end - 1], !StatusReader.determiners.contains(words[end]), words[end] != "against", !tokens[end].isCapitalized { return [] }
                let (start, mood, _) = chain(before: i, stage: entry.stage)
                // The bare verb, a noun's form too, only after a helper or a modal: "will appeal", "to appeal".
                guard start < i || !StatusReader.appealNouns.contains(words[i]), mood == .done || mood == .perfect || mood == .planned,
                      let issue = appealIssue else { return [] }
                return make(issue, entry.stage, entry.rank, mood, adjective: false).map { [$0] } ?? []
            case .sue:
                // "Kelvar sued to block the merger", "Kelvar ended the deal and filed a lawsuit against Orsa": the
                // lawsuit of the body that sues; not "was sued by Kelvar".
                let (start, mood, passive) = chain(before: i, stage: entry.stage)
                // "Filed a lawsuit" where "lawsuit" names an issue files that one.
                let named = nameAt[end - 1].map { names[$0].issue }
                guard !passive, mood == .done || mood == .perfect || mood == .planned, let issue = suer(before: start) ?? named else { return [] }
                return make(issue, entry.stage, entry.rank, mood, adjective: false).map { [$0] } ?? []
            case .favour:
                // "A judge blocked the deal, siding with the Harbour Board": a court's ruling for the body whose lawsuit it is.
                let (_, mood, _) = chain(before: i, stage: entry.stage)
                let object = end < words.count && StatusReader.determiners.contains(words[end]) ? end + 1 : end
                guard mood == .done || mood == .perfect, words[..<i].contains(where: StatusReader.benches.contains),
                      let issue = suers.first(where: { $0.tokens.lowerBound == object })?.issue else { return [] }
                return make(issue, entry.stage, entry.rank, mood, adjective: false).map { [$0] } ?? []
            case .judged:
                // "The freeze was unlawful, the judge ruled", "ruled the freeze unlawful": a court's finding, told by a verb of
                // ruling, or of finding where a bench is named ("Kelvar says the tariffs are illegal" is a view).
                // The verb is the finding's own: a noun after an article or a possessive ("a lower court's ruling") is none, nor a
                // verb with another's claim between ("a ruling that claimed the ban was unlawful"), nor one after the finding
                // but across no comma.
                func findsHere(_ v: Int) -> Bool {
                    if v > 0, StatusReader.determiners.contains(words[v - 1]) || possessive[v - 1] { return false }
                    if v < i { return !words[(v + 1)..<i].contains(where: Attribution.speechVerbs.contains) }
                    return v - end < 6 && (end - 1..<v).contains(where: { breakAfter[$0] })
                }
                let benched = words.contains(where: StatusReader.benches.contains)
                guard nameAt[i] == nil, let verb = words.indices.filter({
                          (StatusReader.rulingVerbs.contains(words[$0]) || benched && StatusReader.findingVerbs.contains(words[$0])) && findsHere($0)
                      }).min(by: { abs($0 - i) < abs($1 - i) }) else { return [] }
                let mood = chain(before: verb).mood
                guard mood == .done || mood == .perfect else { return [] }
                var issue: IssueID?
                if i > 0, !breakAfter[i - 1], let n = nameAt[i - 1] {
                    // "Ruled the freeze unlawful": the issue the verb of finding takes, the finding right after it.
                    var k = names[n].tokens.lowerBound - 1
                    while k >= 0, StatusReader.determiners.contains(words[k]), !breakAfter[k] { k -= 1 }
                    if k >= 0, k == verb, !breakAfter[k] { issue = names[n].issue }
                } else {
                    let (start, own, _) = chain(before: i)
                    guard own != .denied, start < i, words[start..<i].contains(where: StatusReader.beForms.contains) else { return [] }
                    issue = subject(before: start)
                }
                return issue.flatMap { make($0, entry.stage, entry.rank, mood, adjective: false) }.map { [$0] } ?? []
            case .ruling:
                // "The appeals court upheld the $5m award": the appeal the story tracks is lost; "overturned the
                // verdict", won. Only a ruling made: "asked the court to overturn the verdict" tells nothing.
                let (start, mood, passive) = chain(before: i, stage: entry.stage)
                guard mood == .done || mood == .perfect, let ruled = ruledNoun(at: i, end: end, start: start, passive: passive) else { return [] }
                var steps = appealIssue.map { [(issue: $0, stage: entry.stage)] } ?? []
                // "Upheld her convictions": the case whose verdict it was is upheld too, or overturned.
                if StatusReader.verdictNouns.contains(ruled), let stage = StatusReader.caseRulings[entry.stage],
                   let trial = StatusReader.caseNouns.lazy.compactMap({ pointsBack($0, []) }).first, trial != appealIssue {
                    steps.append((trial, stage))
                }
                return steps.compactMap { make($0.issue, $0.stage, entry.rank, mood, adjective: false) }
            case .resume:
                // "Drivers returned to work after the strike": the walkout the sentence names has ended.
                // "Striking drivers returned to work": those who resume are the walkout's, which points back at the story's.
                let striking = wordsBefore(i, within: 8).contains(where: StatusReader.walkoutParticiples.contains)
                guard let issue = names.first(where: { StatusReader.walkouts.contains(words[$0.tokens.upperBound - 1]) })?.issue
                        ?? (striking ? StatusReader.walkouts.lazy.compactMap({ pointsBack($0, []) }).first : nil) else { return [] }
                return make(issue, entry.stage, entry.rank, chain(before: i, stage: entry.stage).mood, adjective: false).map { [$0] } ?? []
            case .time:
                // "After a three-day strike": a walkout whose length is told is over.
                if let o = object(at: end), nameAt[o.head.upperBound - 1] != nil, StatusReader.walkouts.contains(words[o.head.upperBound - 1]),
                   o.head.contains(where: { tokens[$0].hyphenated && StatusReader.lengths.contains(words[$0]) }),
                   !wordsBefore(i, within: 8).contains(where: StatusReader.auxiliaries.contains) {
                    return make(o.issue, StatusReader.endedStage, entry.rank, .done, adjective: false).map { [$0] } ?? []
                }
                // The gathering is the issue itself, by a name of it: "after talks on the treaty" held no treaty.
                guard let o = object(at: end), nameAt[o.head.upperBound - 1] != nil, StatusReader.gatherings.contains(words[o.head.upperBound - 1]) else { return [] }
                // "After talks broke down": the gathering opens a clause of its own, whose verb tells its step.
                let next = o.head.upperBound
                if next < words.count, !breakAfter[next - 1], StatusReader.byFirstWord[words[next]]?.contains(where: { $0.0.form == .event }) == true { return [] }
                // "Will set its terms after the summit": a gathering still to come.
                let planned = wordsBefore(i, within: 8).contains(where: StatusReader.auxiliaries.contains)
                return make(o.issue, entry.stage, entry.rank, planned ? .planned : .done, adjective: false).map { [$0] } ?? []
            case .noun:
                // "An inquiry commission was named": a process's noun that qualifies the noun after it in a name tells no stage.
                if let n = nameAt[i], i + 1 < names[n].tokens.upperBound, !StatusReader.objectLinks.contains(words[i + 1]) { return [] }
                // "Terminate the implementation of the treaty": a share taken as a step's object is that step's.
                // Nor does a step's noun tell that step where a verb undoes it: "revoked its ratification of the treaty".
                // "Suspended the termination of the treaty": the step undone is the status, in the text's words.
                let undone = StatusReader.shares.contains(words[i]) ? nil : undoing(head: i)
                if undone == nil, let verb = (max(0, i - 8)..<i).last(where: { !StatusReader.determiners.contains(words[$0]) && !possessive[$0] && nameAt[$0] == nil }),
                   !(verb..<i).contains(where: { breakAfter[$0] }),
                   StatusReader.imperilling.contains(words[verb]) || StatusReader.byFirstWord[words[verb]]?.contains(where: { $0.0.form == .verb && $0.1.count == 1
                       && (StatusReader.shares.contains(words[i]) || StatusReader.reversals.contains($0.0.stage)) }) == true { return [] }
                var issue: IssueID?
                // The issue after it: "the cancellation (by Tarsk) of the treaty".
                var j = end
                if j < words.count, StatusReader.agentWords.contains(words[j]), !breakAfter[end - 1] {
                    j += 1
                    while j < words.count, j < end + 5, !StatusReader.prepositions.contains(words[j]), !breakAfter[j - 1] { j += 1 }
                }
                var listed: [IssueID] = []
                if j < words.count, j > 0, !breakAfter[j - 1], StatusReader.objectLinks.contains(words[j]) {
                    issue = object(at: j + 1, stage: entry.stage)?.issue
                    listed = listedIssues(from: j + 1, stage: entry.stage).map(\.issue)
                }
                // The issue just before it: "the treaty talks".
                if issue == nil, i > 0, let n = nameAt[i - 1], !breakAfter[i - 1] { issue = names[n].issue }
                let issues = [issue].compactMap { $0 } + listed
                guard !issues.isEmpty else { return [] }
                // "Asked whether the approval of the deal mattered": a question, no step; nor "no end to the strike".
                if wordsBefore(i, within: 3).contains(where: StatusReader.doubts.contains) { return [] }
                if i > 0, !breakAfter[i - 1], StatusReader.negations.contains(words[i - 1]) { return [] }
                // Planned when a modal comes before ("urged an early signing of the pact") or right after
                // the phrase ("the signing of the pact will be …").
                let before = max(0, i - 3)..<i
                let after = (j + 1)..<max(j + 1, min(words.count, j + 7))
                let plannedBefore = (before.contains { StatusReader.modals.contains(words[$0]) && rankedStepIsPlanned(to: $0) != false }
                    || before.contains { $0 > 0 && StatusReader.requirements.contains(words[$0 - 1] + " " + words[$0]) && !breakAfter[$0 - 1] })
                    && !before.contains { breakAfter[$0] }
                    || wantedFor(i)
                let plannedAfter = j < words.count && after.prefix { !breakAfter[$0 - 1] }.contains { StatusReader.modals.contains(words[$0]) && !StatusReader.prepositions.contains(words[$0]) }
                if let undone { return issues.compactMap { undoneReading($0, words[i], undone) } }
                let stage = qualified(entry.stage, nounAt: i)
                return issues.compactMap { make($0, stage, entry.rank, plannedBefore || plannedAfter ? .planned : .done, adjective: false) }
            case .adjective:
                guard let o = object(at: i), endsOnAgreement(o.head) else { return [] }
                // "The Interim Harbour Agreement": an adjective opening a name written as a title is the name's word.
                if let n = nameAt[i], names[n].tokens.lowerBound == i, i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i + 1].isCapitalized { return [] }
                // "Toward a tentative deal": a stage only hoped for says nothing.
                let before = max(0, i - 3)..<i
                if before.contains(where: { StatusReader.modals.contains(words[$0]) }) && !before.contains(where: { breakAfter[$0] }) { return [] }
                return make(o.issue, entry.stage, entry.rank, .done, adjective: true).map { [$0] } ?? []
            }
        }

        /// The issues of the items after the first of a list that starts at `j`: items of a few words parted
        /// by commas, the last brought in by "and" or "or" ("higher pay, longer breaks and limits on night
        /// shifts"). Without that last item there is no list ("signed the pact, Velmar said"), nor when an
        /// item opens on a participle, a clause of its own ("ratified the contract, ending the strike and …").
        func listedIssues(from j: Int, stage: String? = nil) -> [(issue: IssueID, head: Range<Int>)] {
            var starts: [Int] = []
            var start = j, k = j
            while k < words.count, k - start < StatusReader.longestListItem {
                let coordinator = StatusReader.coordinators.contains(words[k])
                // A clause word, or a break other than a comma, before the last item: no list.
                if !coordinator, StatusReader.clauseWords.contains(words[k]) { return [] }
                if k > start, breakAfter[k - 1], !commaAfter[k - 1] { return [] }
                var last: Int?
                if k > start, coordinator {
                    last = k + 1
                } else if commaAfter[k] {
                    guard k + 1 < words.count, StatusReader.coordinators.contains(words[k + 1]) else {
                        starts.append(k + 1)
                        (start, k) = (k + 1, k + 1)
                        continue
                    }
                    last = k + 2
                }
                if let last {
                    let items = starts + [last]
                    guard items.allSatisfy({ $0 < words.count && !opensAClause($0) }) else { return [] }
                    // "…, and the takeover would grow": a last item with a verb of its own is the subject of a clause.
                    if let o = object(at: last, stage: stage), o.head.upperBound < words.count, !breakAfter[o.head.upperBound - 1],
                       StatusReader.finiteHelpers.contains(words[o.head.upperBound]) { return [] }
                    return items.compactMap { object(at: $0, stage: stage) }
                }
                k += 1
            }
            return []
        }

        /// Whether word `k` opens a clause of its own rather than a noun phrase: a participle or a stage's verb.
        func opensAClause(_ k: Int) -> Bool {
            words[k].hasSuffix("ing") || words[k].hasSuffix("ed")
                || StatusReader.byFirstWord[words[k]]?.contains(where: { $0.0.form != .noun && $0.0.form != .adjective }) == true
        }

        /// "An accord was reached": the passive of a verb of reaching takes its subject.
        func reachedPassive(_ entry: Entry, start: Int, mood: Mood, passive: Bool) -> Reading? {
            guard passive, let issue = subject(before: start) else { return nil }
            return make(issue, entry.stage, entry.rank, mood, adjective: false)
        }

        func make(_ issue: IssueID, _ stage: String, _ rank: Int, _ mood: Mood, adjective: Bool) -> Reading? {
            if lawsuits.contains(issue), StatusReader.suitAllegations.contains(stage) { return nil }
            let stage = lawsuits.contains(issue) ? StatusReader.suitStages[stage] ?? stage : stage
            switch mood {
            case .denied: return nil
            // "The demands have not been met": a step whose absence is a status of its own.
            // "Was not granted a new trial": a step whose absence is another's, denied.
            case .negated:
                if let denied = StatusReader.negatedAs[stage] { return Reading(issue: issue, status: denied, rank: 3, byAdjective: adjective) }
                return StatusReader.negatable.contains(stage) ? Reading(issue: issue, status: "not \(stage)", rank: 3, byAdjective: adjective) : nil
            // "Would not block the deal" rejects nothing: a refusal to stop a step is no refusal of it.
            // "Refused to extend the deal": a step whose absence is a status of its own is not taken; any other is rejected.
            case .refused:
                if StatusReader.adverse.contains(stage) { return nil }
                let status = StatusReader.refusedAs[stage] ?? (StatusReader.negatable.contains(stage) ? "not \(stage)" : "rejected")
                return Reading(issue: issue, status: status, rank: 3, byAdjective: adjective)
            case .planned where rank == 3, _ where rank == 2: return Reading(issue: issue, status: StatusReader.planned(stage), rank: 2, byAdjective: adjective)
            default:
                let stage = agreementIsTentative ? StatusReader.tentativeName[stage] ?? stage : stage
                var reading = Reading(issue: issue, status: stage, rank: rank, byAdjective: adjective)
                reading.perfect = mood == .perfect
                return reading
            }
        }

        /// Whether a noun phrase ends on an agreement's noun: only an agreement is tentative or agreed ("a
        /// tentative deal"), not "a preliminary injunction".
        func endsOnAgreement(_ head: Range<Int>) -> Bool { nouns.contains(words[head.upperBound - 1]) }

        /// The stage a process's noun stands for ("talks" -> under negotiation).
        func processStage(at k: Int) -> Entry? {
            guard StatusReader.processNouns.contains(words[k]) else { return nil }
            return (StatusReader.byFirstWord[words[k]] ?? []).first { $0.0.form == .noun && $0.1.count == 1 }?.0
        }

        /// The stage of the process whose noun a name right before `e` is reached through ("talks on the
        /// treaty"), if any.
        func processOfSubject(before e: Int) -> Entry? {
            guard e > 0, let n = nameAt[e - 1] else { return nil }
            var p = names[n].tokens.lowerBound - 1
            if p > 0, StatusReader.determiners.contains(words[p]), !breakAfter[p] { p -= 1 }
            guard p > 0, StatusReader.prepositions.contains(words[p]), !breakAfter[p - 1] else { return nil }
            return processStage(at: p - 1)
        }

        /// Whether the word at `i` is only alleged or accused: in an allegation's clause ("alleging a breach of the
        /// treaty"), or the "-ing" act an accusation or a finding before it names ("charged with violating the treaty",
        /// "sentenced to ten years for breaching the truce").
        func isAccusedAct(_ i: Int) -> Bool {
            if (max(0, i - 12)..<i).reversed().prefix(while: { !breakAfter[$0] }).contains(where: { StatusReader.allegations.contains(words[$0]) }) { return true }
            // An adverb may stand between the link and the act: "for willfully breaching".
            let link = i > 2 && StatusReader.endsAsAdverb(words[i - 1]) && !breakAfter[i - 2] ? i - 2 : i - 1
            guard link > 0, StatusReader.activeEndings.contains(where: words[i].hasSuffix), StatusReader.accusationLinks.contains(words[link]),
                  !breakAfter[link - 1] else { return false }
            let clause = (max(0, link - 11)..<link).reversed().prefix { !breakAfter[$0] }
            return clause.contains { StatusReader.accusations.contains(words[$0]) }
        }

        /// What a stage of getting something (`acquisitions`) gets, when its object is `head`: the object's own
        /// stage ("gained approval" is approved), an agreement reached ("secured this deal"), else the stage itself.
        func acquired(_ stage: String, _ head: Range<Int>) -> String {
            guard StatusReader.acquisitions.contains(stage) else { return stage }
            // "Won its lawsuit": a case won is won, no agreement.
            let last = words[head.upperBound - 1]
            if StatusReader.suitNouns.contains(last) || StatusReader.caseNouns.contains(last) || StatusReader.appealNouns.contains(last) { return stage }
            if let own = nounStage(at: head.upperBound - 1) { return qualified(own, nounAt: head.upperBound - 1) }
            return endsOnAgreement(head) ? StatusReader.reachedStage : stage
        }

        /// A stage's noun after a word that qualifies it is that qualified step: "gave final approval", "received
        /// preliminary approval" -> "given final approval", "given preliminary approval".
        func qualified(_ stage: String, nounAt k: Int) -> String {
            guard k > 0, StatusReader.stageQualifiers.contains(words[k - 1]), !breakAfter[k - 1] else { return stage }
            return "given \(words[k - 1]) \(words[k])"
        }

        /// The stage of a step taken that a noun names on its own ("approval", "clearance").
        func nounStage(at k: Int) -> String? {
            (StatusReader.byFirstWord[words[k]] ?? []).first { $0.0.form == .noun && $0.0.rank == 3 && $0.1.count == 1 }?.0.stage
        }

        /// Whether word `k` opens a day: a weekday, a month or a number ("on Sunday", "on May 4", "on 4 May").
        func isDay(_ k: Int) -> Bool { StatusReader.namesADay(words[k]) || words[k].first?.isNumber == true }

        /// Whether a state's words ("in limbo", "on hold") start at word `k`.
        func stateStarts(at k: Int) -> Bool {
            (StatusReader.byFirstWord[words[k]] ?? []).contains { $0.0.form == .state && words[k...].starts(with: $0.1) }
        }

        func adjectiveStage(at k: Int) -> String? {
            (StatusReader.byFirstWord[words[k]] ?? []).first { $0.0.form == .adjective && $0.1.count == 1 }?.0.stage
        }

        /// Where the words a text would provide start, when the noun at `k` is a text's and a word that leads to
        /// them follows ("a bill banning …", "rules to implement …", "a measure that would have mandated …"): the
        /// word after that one. A request's "to" is what it asks be done ("a motion to delay the deal").
        func contentStart(after k: Int) -> Int? {
            guard k >= 0, k + 1 < words.count, !breakAfter[k], StatusReader.vehicles.contains(words[k]) || isCarrier(k) else { return nil }
            var c = k + 1
            if StatusReader.relatives.contains(words[c]) {
                c += 1
                while c < words.count, StatusReader.modals.contains(words[c]) || StatusReader.haveForms.contains(words[c]) { c += 1 }
            } else if words[c] == "to", !StatusReader.requests.contains(words[k]) {
                c += 1
            }
            guard c < words.count, StatusReader.contentWords.contains(words[c]), !breakAfter[c] else { return nil }
            return c + 1
        }

        /// Whether a word is an agreement's noun, a process's or a collective's ("deal", "talks", "package").
        func isCarrier(_ k: Int) -> Bool {
            nouns.contains(words[k]) || StatusReader.processNouns.contains(words[k]) || StatusReader.requests.contains(words[k])
                || StatusReader.collectives.contains(words[k])
        }

        /// The noun phrase that starts at `j`: the issue it is, and the words up to its head. The object of a
        /// stage: a noun of what that stage takes on an issue carries the issue after it ("won limits on …");
        /// with `throughContent`, a text's noun carries what it would provide ("a bill banning …").
        func object(at j: Int, stage: String? = nil, throughContent: Bool = true) -> (issue: IssueID, head: Range<Int>)? {
            if let issue = antecedent(ofItAt: j) { return (issue, j..<(j + 1)) }
            var k = j
            var definite = false
            while k < words.count, StatusReader.determiners.contains(words[k]), nameAt[k] == nil {
                // "Concluded that he abused her", "concluded that the stay should be lifted": "that" before a subject
                // (a pronoun, or a phrase opened by an article of its own) opens a clause, no object.
                if StatusReader.clauseWords.contains(words[k]), k + 1 < words.count, !breakAfter[k],
                   StatusReader.subjectPronouns.contains(words[k + 1]) || StatusReader.definites.contains(words[k + 1]) { return nil }
                // Nor before a name and its verb: "concluding that Kelvar Freight maintained a monopoly".
                if StatusReader.clauseWords.contains(words[k]), case let run = ((k + 1)..<min(words.count, k + 5)).prefix(while: { tokens[$0].isCapitalized && nameAt[$0] == nil }),
                   let last = run.last, last + 1 < words.count, !breakAfter[last], words[last + 1].hasSuffix("ed") || StatusReader.finiteHelpers.contains(words[last + 1]) { return nil }
                if StatusReader.definites.contains(words[k]) { definite = true }
                if breakAfter[k] { return nil }
                k += 1
            }
            // A name in the possessive is a determiner of its own, after the words that describe its owner, if any:
            // "Tarsk's purchase", "ferry operator Kelvar's planned purchase" are definite ones.
            func describesOwner(_ i: Int) -> Bool {
                tokens[i].isCapitalized || !(StatusReader.prepositions.contains(words[i]) || StatusReader.clauseWords.contains(words[i])
                    || StatusReader.determiners.contains(words[i]) || StatusReader.helpers.contains(words[i]) || StatusReader.byFirstWord[words[i]] != nil)
            }
            if let owner = (k..<min(words.count, k + 8)).first(where: { possessive[$0] }), tokens[owner].isCapitalized, nameAt[owner] == nil,
               (k..<owner).allSatisfy({ !breakAfter[$0] && nameAt[$0] == nil && describesOwner($0) }) {
                definite = true
                k = owner + 1
            }
            let start = k
            var last = -1
            while k < words.count, k - start < 6 {
                // After a name or an agreement's noun, only another of them goes on the phrase ("the treaty talks").
                if last >= start, nameAt[last] != nil || isCarrier(last), nameAt[k] == nil, !isCarrier(k) { break }
                if let n = nameAt[k] {
                    // A reviewing body is its review only as the one who acts: "approved the Board's budget" is no review's.
                    if names[n].body { return nil }
                    last = names[n].tokens.upperBound - 1; k = names[n].tokens.upperBound; if breakAfter[last] { break }; continue
                }
                let w = words[k]
                // After a determiner an adverb of the helpers is the noun's own word: "their first strike".
                let helper = StatusReader.helpers.contains(w)
                    && (start == j || StatusReader.beForms.contains(w) || StatusReader.haveForms.contains(w))
                // A word joined by a hyphen is a compound's, no verb of its own: "their long-awaited merger".
                // A plan's noun opening the object is no modal's verb: "called off plans to buy Orsa".
                // A modal's participle with no "to" after it is the noun's adjective: "the planned takeover".
                let adjectival = StatusReader.participleEndings.contains(where: w.hasSuffix) && !(k + 1 < words.count && words[k + 1] == "to")
                if StatusReader.prepositions.contains(w) || StatusReader.clauseWords.contains(w) || helper
                    || StatusReader.modals.contains(w) && !(k == start && StatusReader.planNouns.contains(w)) && !adjectival || !tokens[k].hyphenated
                        && StatusReader.byFirstWord[w]?.contains(where: { $0.0.form != .adjective && $0.0.form != .noun }) == true && last >= 0 { break }
                last = k
                k += 1
                if breakAfter[last] { break }
            }
            guard last >= start else { return nil }
            let head = start..<(last + 1)
            if let n = nameAt[last] { return (names[n].issue, head) }
            // "Abandoning their plan to merge", "calling off plans to purchase Orsa": a plan to take a step is the issue
            // that step's noun points back at (the verb-noun row: merge -> merger).
            // What is bought is a body, named ("to buy Orsa", "to purchase the company Orsa"), or nothing ("to merge"): not
            // "plans to buy jets".
            if StatusReader.planNouns.contains(words[last]), last + 2 < words.count, words[last + 1] == "to", !breakAfter[last], !breakAfter[last + 1],
               let noun = StatusReader.verbNouns[words[last + 2]],
               case let bought = last + 3, bought == words.count || breakAfter[last + 2] || tokens[bought].isCapitalized
                || StatusReader.determiners.contains(words[bought]) && (bought + 1..<min(words.count, bought + 4)).contains(where: { tokens[$0].isCapitalized }),
               let issue = pointsBack(noun, []) { return (issue, head) }
            guard isCarrier(last) || StatusReader.shares.contains(words[last]) || StatusReader.vehicles.contains(words[last]) || StatusReader.chargeNouns.contains(words[last])
                || stage.flatMap({ StatusReader.provisions[$0] })?.contains(words[last]) == true else { return nil }
            // "a measure that would have mandated paid leave": the issue a text would provide, named after its word.
            if throughContent, let c = contentStart(after: last) {
                for q in c..<min(words.count, c + 5) {
                    if let n = nameAt[q] {
                        if names[n].body { break }
                        return (names[n].issue, head)
                    }
                    if breakAfter[q] { break }
                }
            }
            // The issue named right after: a preposition or "to", then at most four words.
            // A request's "to" is what it asks be done, not the issue it carries: "a motion to delay the deal".
            if !breakAfter[last], last + 1 < words.count, StatusReader.prepositions.contains(words[last + 1]),
               !(words[last + 1] == "to" && StatusReader.requests.contains(words[last])) {
                var q = last + 2
                while q < words.count, q <= last + 5 {
                    // "The sale of Tarnish port firm Arden": a reviewing body named there is no review's object.
                    if let n = nameAt[q] {
                        if names[n].body { break }
                        return (names[n].issue, head)
                    }
                    // "talks on the agreement": an agreement's noun pointing back.
                    if StatusReader.definites.contains(words[q]), let k = (q + 1..<min(words.count, q + 4)).first(where: { nouns.contains(words[$0]) }),
                       !(q..<k).contains(where: { breakAfter[$0] }), let issue = pointsBack(words[k], modifiers((q + 1)..<k)) { return (issue, head) }
                    if breakAfter[q] { break }
                    q += 1
                }
            }
            // A request's noun before its "to" is the request, not the issue it would be: "rejected Orsa's bid to block the merger".
            let asks = last + 1 < words.count && words[last + 1] == "to" && StatusReader.requests.contains(words[last])
            if definite, !asks, nouns.contains(words[last]), let issue = pointsBack(words[last], modifiers(start..<last)) { return (issue, head) }
            return nil
        }

        /// The issue an "it" at `j` takes up as the object of a second verb joined to a first that named it: "filed the
        /// appeal in May but withdrew it", "reviewed the merger and then cleared it"; the issue named last before it,
        /// with a joining word between and no other name, and no verb of its own after the "it" ("and said it was …").
        func antecedent(ofItAt j: Int) -> IssueID? {
            guard j < words.count, StatusReader.takenUpPronouns.contains(words[j]), j == words.count - 1 || breakAfter[j]
                    || !(StatusReader.helpers.contains(words[j + 1]) || StatusReader.modals.contains(words[j + 1])),
                  let n = (0..<j).last(where: { nameAt[$0] != nil }).flatMap({ nameAt[$0] }), !names[n].body,
                  case let between = names[n].tokens.upperBound..<j, between.count <= 12,
                  between.contains(where: { StatusReader.antecedentLinks.contains(words[$0]) }) else { return nil }
            return names[n].issue
        }

        /// The name a pronoun at `k` stands for when it reports its own step: "it" after that name's speech verb, the
        /// name opening its clause ("the Board said in a statement that it cleared the deal"; not "sent a letter to the
        /// Board saying it …"), with no other name between.
        /// The name of a body followed by "of" and its owner's capitalised name that ends right before `k`
        /// ("shareholders of Orsa Freight").
        func bodyOwned(before k: Int) -> Int? {
            var of = k - 1
            while of > 0, k - of <= 4, tokens[of].isCapitalized, nameAt[of] == nil, !breakAfter[of - 1] { of -= 1 }
            guard of > 0, of < k - 1, words[of] == "of", !breakAfter[of - 1], let n = nameAt[of - 1], names[n].body else { return nil }
            return n
        }

        func reporter(of k: Int) -> Int? {
            guard StatusReader.reportingPronouns.contains(words[k]),
                  let n = names.indices.last(where: { names[$0].tokens.upperBound < k }) else { return nil }
            let (first, after) = (names[n].tokens.lowerBound, names[n].tokens.upperBound)
            let opener = first > 0 && StatusReader.determiners.contains(words[first - 1]) ? first - 1 : first
            guard opener == 0 || breakAfter[opener - 1], Attribution.speechVerbs.contains(words[after]) else { return nil }
            return (after..<k).contains(where: { nameAt[$0] != nil }) ? nil : n
        }

        /// The words of a lawsuit's noun that starts at `j` after a determiner ("its case", "a lawsuit", "the antitrust
        /// suit"), with at most two words before the noun, naming no issue.
        func ownSuit(at j: Int) -> Range<Int>? {
            guard j < words.count, StatusReader.determiners.contains(words[j]), !breakAfter[j] else { return nil }
            for k in (j + 1)..<min(words.count, j + 4) {
                // "Its Orsa lawsuit" is Orsa's; "its fare lawsuit", a name of lower-case words, is still its own.
                if nameAt[k] != nil, tokens[k].isCapitalized { return nil }
                if StatusReader.suitNouns.contains(words[k]) { return (j + 1)..<(k + 1) }
                if breakAfter[k] { return nil }
            }
            return nil
        }

        /// The review of the body named as the agent of a passive verb that ends at `e`: "was cleared by the Board"; with
        /// other `links`, of the body a stage's noun ending at `e` is received from ("won approval from the Board").
        func reviewingAgent(after e: Int, links: Set<String> = ["by"]) -> (issue: IssueID, head: Range<Int>)? {
            guard e + 1 < words.count, links.contains(words[e]), !breakAfter[e - 1], !breakAfter[e] else { return nil }
            let k = StatusReader.determiners.contains(words[e + 1]) && !breakAfter[e + 1] ? e + 2 : e + 1
            guard k < words.count, let n = nameAt[k], names[n].body else { return nil }
            return (names[n].issue, names[n].tokens)
        }

        /// The lawsuit of the body that is the subject of a verb whose helpers start at `e`: the body right before
        /// them, or after "and", the one the sentence opens on ("Kelvar ended the deal and sued").
        func suer(before e: Int) -> IssueID? {
            var k = e - 1
            guard k >= 0 else { return nil }
            if StatusReader.coordinators.contains(words[k]) { return suers.first { $0.tokens.lowerBound <= 1 }?.issue }
            // "The Board, like Kelvar, filed": the body is the one before the comparison.
            if breakAfter[k], let like = (max(0, k - 5)...k).last(where: { StatusReader.comparisons.contains(words[$0]) }), like > 0, breakAfter[like - 1],
               !(like..<k).contains(where: { breakAfter[$0] }) { k = like - 1 }
            return suers.first { $0.tokens.upperBound == k + 1 }?.issue
        }

        /// The issue that is the subject of a verb whose helpers start at `e`.
        func subject(before e: Int) -> IssueID? {
            var k = e - 1
            guard k >= 0 else { return nil }
            // A relative clause set off by a comma speaks of the noun right before it: "questions about the
            // takeover, which closed in May".
            var setOff = false
            if StatusReader.relatives.contains(words[k]), nameAt[k] == nil {
                k -= 1
                guard k >= 0 else { return nil }
                setOff = breakAfter[k]
            } else if StatusReader.pronouns.contains(words[k]) {
                // "It" after the sentence's first clause points back at that clause's subject.
                return k > 0 ? object(at: 0)?.issue : nil
            } else if breakAfter[k], nameAt[k] == nil {
                // ", who was recalled last week," or ", announced in January," between the subject and its verb.
                var m = k
                while m > 0, !breakAfter[m - 1] { m -= 1 }
                guard m > 0, StatusReader.relatives.contains(words[m]) || commaAfter[m - 1] && (opensParticiplePhrase(m, to: k) || opensTimetable(m, to: k))
                else { return nil }
                k = m - 1
                setOff = true
            }
            if let n = nameAt[k] {
                if setOff { return names[n].issue }
                // A name inside a phrase about something else ("the cost of the strike") is not the subject.
                var p = names[n].tokens.lowerBound - 1
                var steps = 0
                while p >= 0, steps < 4, !breakAfter[p], !StatusReader.clauseWords.contains(words[p]) {
                    if StatusReader.prepositions.contains(words[p]) {
                        return p > 0 && !breakAfter[p - 1] && isCarrier(p - 1) ? names[n].issue : nil
                    }
                    p -= 1
                    steps += 1
                }
                return names[n].issue
            }
            // "The deal with Tarsk was …", "the truce between Alda and Tarsk collapsed": the head before the
            // nearest preposition; an "and" between two names joins them, opening no clause, as a comma does
            // ("the pact between Alda, Tarsk and Orsa").
            func joinsNames(_ p: Int) -> Bool { p + 1 < tokens.count && tokens[p - 1].isCapitalized && tokens[p + 1].isCapitalized }
            func listsNames(_ p: Int) -> Bool { commaAfter[p - 1] && tokens[p - 1].isCapitalized && tokens[p].isCapitalized }
            var p = k
            while p > max(0, k - 8), !StatusReader.prepositions.contains(words[p]), !breakAfter[p - 1] || listsNames(p),
                  !StatusReader.clauseWords.contains(words[p]) || StatusReader.coordinators.contains(words[p]) && joinsNames(p) { p -= 1 }
            let head = !setOff && p < k && p > 0 && StatusReader.prepositions.contains(words[p]) && !breakAfter[p - 1] ? p - 1 : k
            if let n = nameAt[head] { return names[n].issue }
            guard nouns.contains(words[head]) else { return nil }
            let before = max(0, head - 4)..<head
            // A name in the possessive is a determiner of its own: "Orsa's purchase of Kelvar has closed".
            guard let d = before.last(where: { StatusReader.definites.contains(words[$0]) || possessive[$0] && tokens[$0].isCapitalized }),
                  !(d..<head).contains(where: { breakAfter[$0] }) else { return nil }
            return pointsBack(words[head], modifiers((d + 1)..<head))
        }

        /// The plain lower-case words among a noun's modifiers: no numbers, names, hyphenated or neutral words
        /// ("the bloc's trade agreement" -> bloc, trade; "the 2016 four-year deal", "the landmark deal" -> none).
        func modifiers(_ range: Range<Int>) -> [String] {
            range.filter { k in
                nameAt[k] == nil && !tokens[k].isCapitalized && !tokens[k].hyphenated && !(k + 1 < tokens.count && tokens[k + 1].hyphenated)
                    && !(tokens[k].text.first?.isNumber ?? true) && !StatusReader.determiners.contains(words[k]) && !StatusReader.neutral.contains(words[k])
            }.map { words[$0] }
        }

        /// Whether the verb at `i` is a participle describing the object of a step that undoes it: "lifted its
        /// order blocking the takeover" says what was lifted, not that the takeover is blocked ("won an order
        /// halting the takeover" halts it); or a relative clause on that object: "overturned a ruling that had
        /// blocked the law".
        func modifiesObjectOfStep(_ i: Int) -> Bool {
            var r = i - 1
            while r > 0, !breakAfter[r], StatusReader.helpers.contains(words[r]) { r -= 1 }
            if r > 0, r < i - 1 || !breakAfter[r], StatusReader.relatives.contains(words[r]), !breakAfter[r - 1] { return undoes(before: r, within: 6) }
            guard StatusReader.activeEndings.contains(where: words[i].hasSuffix), i > 0, !breakAfter[i - 1], nameAt[i - 1] == nil,
                  !StatusReader.helpers.contains(words[i - 1]), !StatusReader.modals.contains(words[i - 1]),
                  !StatusReader.prepositions.contains(words[i - 1]), !StatusReader.clauseWords.contains(words[i - 1]) else { return false }
            return undoes(before: i - 1, within: 4)
        }

        /// The stage of a step that undoes the phrase whose head is word `k` (a step's noun, a decision): a verb of an
        /// undoing stage right before the phrase, across its articles, possessives and describing participles ("halted the
        /// planned termination", "called off the cancellation", "reversed its decision"), or such a participle in the
        /// phrase ("the now-suspended decision").
        func undoing(head k: Int) -> (stage: String, verb: Int)? {
            func verbStage(endingAt e: Int, participleOnly: Bool) -> (stage: String, verb: Int)? {
                for length in 1...4 where e - length + 1 >= 0 {
                    let form = Array(words[(e - length + 1)...e])
                    if participleOnly, !StatusReader.participleEndings.contains(where: form[form.count - 1].hasSuffix) { continue }
                    if let stage = StatusReader.byFirstWord[form[0]]?.first(where: { $0.0.form == .verb && $0.1 == form && StatusReader.undoings.contains($0.0.stage) })?.0.stage
                        ?? StatusReader.undoVerbs[form[0]]?.first(where: { $0.words == form })?.stage { return (stage, e - length + 1) }
                }
                return nil
            }
            var j = k - 1
            while j >= 0, !breakAfter[j], nameAt[j] == nil {
                if let stage = verbStage(endingAt: j, participleOnly: true) { return stage }
                let describes = StatusReader.determiners.contains(words[j]) || StatusReader.possessivePronouns.contains(words[j]) || possessive[j]
                    || StatusReader.participleEndings.contains(where: words[j].hasSuffix) || tokens[j + 1].hyphenated
                guard describes else { break }
                j -= 1
            }
            guard j >= 0, !breakAfter[j] else { return nil }
            return verbStage(endingAt: j, participleOnly: false)
        }

        /// The status of an issue whose step (`what`: "termination", "decision to withdraw") is undone: done or planned as
        /// the undoing verb is ("decided to suspend the termination", "will halt the planned termination").
        func undoneReading(_ issue: IssueID, _ what: String, _ undone: (stage: String, verb: Int)) -> Reading? {
            switch chain(before: undone.verb).mood {
            case .done, .perfect: return make(issue, "\(what) \(undone.stage)", 3, .done, adjective: false)
            case .planned: return Reading(issue: issue, status: "\(what) due to be \(undone.stage)", rank: 2, byAdjective: false)
            default: return nil
            }
        }

        /// Whether a verb of a step that undoes its object stands among the `n` words before `j`, in its clause.
        func undoes(before j: Int, within n: Int) -> Bool {
            (max(0, j - n)..<j).reversed().prefix { !breakAfter[$0] }.contains { k in
                StatusReader.byFirstWord[words[k]]?.contains(where: { entry, form in
                    entry.form == .verb && StatusReader.reversals.contains(entry.stage) && words[k...].starts(with: form)
                }) == true
            }
        }

        /// The step a request among the words from `j` asks be taken on an issue, and that issue: "Kelvar's
        /// motion to dismiss the lawsuit", "a request by Kelvar to pause the lawsuit".
        func requestedStep(from j: Int) -> (entry: Entry, issue: IssueID)? {
            guard let r = (j..<min(words.count, j + 5)).prefix(while: { $0 == j || !breakAfter[$0 - 1] }).first(where: { StatusReader.requests.contains(words[$0]) }),
                  let to = (r + 1..<min(words.count, r + 6)).prefix(while: { !breakAfter[$0 - 1] }).first(where: { words[$0] == "to" }),
                  to == r + 1 || StatusReader.agentWords.contains(words[r + 1]), to + 1 < words.count, !breakAfter[to] else { return nil }
            let v = to + 1
            guard let (entry, form) = (StatusReader.byFirstWord[words[v]] ?? []).first(where: { entry, form in
                entry.form == .verb && v + form.count <= words.count && Array(words[v..<(v + form.count)]) == form
            }), let o = object(at: v + form.count, stage: entry.stage) else { return nil }
            return (entry, o.issue)
        }

        /// Whether the words `m...k`, set off by commas, are a participle's phrase: "the takeover, announced in
        /// January, was cleared". A short one, of a lower-case participle and no verb of its own.
        func opensParticiplePhrase(_ m: Int, to k: Int) -> Bool {
            k - m < StatusReader.longestListItem && !tokens[m].isCapitalized && nameAt[m] == nil
                && StatusReader.participleEndings.contains(where: words[m].hasSuffix)
                && !(m...k).contains { StatusReader.finiteHelpers.contains(words[$0]) || StatusReader.clauseWords.contains(words[$0]) }
        }

        /// Whether the words `m...k`, set off by commas, say when a step is due: "talks on the treaty, due to
        /// begin in May, were postponed". A short one, of a modal of the future, "to" and no verb of its own.
        func opensTimetable(_ m: Int, to k: Int) -> Bool {
            k - m < StatusReader.longestListItem && m + 1 < k && StatusReader.modals.contains(words[m]) && words[m + 1] == "to"
                && !(m...k).contains { StatusReader.finiteHelpers.contains(words[$0]) || StatusReader.clauseWords.contains(words[$0]) }
        }

        /// Whether the subject before `e` is an agreement ("the accord with Tarsk includes …").
        /// The "of" that closes a count right after word `end` ("backed all four of the amendments", "both of them"):
        /// articles and numbers, in figures or spelt out, then "of".
        func countsOf(after end: Int) -> Int? {
            (end..<min(words.count, end + 3)).first { of in
                words[of] == "of" && (end..<of).allSatisfy { k in
                    !breakAfter[k] && (StatusReader.determiners.contains(words[k]) || DateLexicon.isNumberWord(words[k]) || words[k].allSatisfy(\.isNumber))
                }
            }
        }

        /// Whether the subject right before `e` is a body that decides ("Tarsk's parliament", "the union's members",
        /// "shareholders"), its noun the last word before the verb.
        func subjectIsDecidingBody(before e: Int) -> Bool {
            e > 0 && !breakAfter[e - 1] && (StatusReader.reviewingBodies.contains(words[e - 1]) || StatusReader.decidingBodies.contains(words[e - 1]))
        }

        func subjectIsAgreement(before e: Int) -> Bool {
            var k = e - 1
            var steps = 0
            while k >= 0, steps < 6, !StatusReader.clauseWords.contains(words[k]) {
                if nouns.contains(words[k]) || nameAt[k].map({ nouns.contains(words[names[$0].tokens.upperBound - 1]) }) == true {
                    return k + 1 == e || StatusReader.prepositions.contains(words[k + 1])
                }
                if k > 0, breakAfter[k - 1] { break }
                k -= 1
                steps += 1
            }
            return false
        }
    }
}

import Corpus
import Foundation
let config = try BriefingConfig.load(URL(fileURLWithPath: "seeds/briefing.yml"))
let set = try ingest(folder: URL(fileURLWithPath: "seeds"), config: config)
var noConfig = config; noConfig.sources = [:]
let raw = try ingest(folder: URL(fileURLWithPath: "seeds"), config: noConfig)
for (a, r) in zip(set.articles, raw.articles) {
  print("==", a.id, a.title, "| outlet", r.outlet, "| byline", r.byline, "| pub", r.published, "| credit", a.credit ?? "-", "| rtitle", r.title)
  for p in a.blocks { print("  ", p.id, p.kind, p.line, p.sentences.count, String(p.text.prefix(70))) ; if a.id.hasPrefix("001") || a.id.hasPrefix("002") { for s in p.sentences { print("      |", s.text) } } }
}
print(set.diagnostics, raw.diagnostics)
import Analysis
let f = analyze(set, config: config)
for e in f.events { print("EV", e.date.value, e.planned ? "planned" : "", e.citations.count, e.actors, e.summary.prefix(90)) }
for p in f.people { print("PP", p.name, "|", p.role ?? "-", "|", p.actor ?? "-", p.citations.count) }
for q in f.quotes { print("QQ", q.speaker ?? "-", "|", q.speakerRole ?? "-", "|", q.actor ?? "-", q.citations.count, q.text.prefix(60)) }
for g in f.glossary { print("GL", g.term, "=", g.expansion) }
for i in f.issues { print("IS", i.id, i.status ?? "-", i.mentions.count, i.summary?.text.prefix(80) ?? "") ; for e in i.statusEvidence { print("     ", e.citations[0].source.prefix(3), e.text.prefix(100)) } }
for c in f.conflicts { print("CF", c.topic, c.claims.map { "\($0.value) \($0.citations.map(\.source))" }) }
for b in f.background { print("BG", b.citations.count, b.text.prefix(110)) }
for a in f.actors { print("AC", a.id, a.statements.count, a.mentions.count) }

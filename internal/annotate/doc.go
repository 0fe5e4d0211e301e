// Package annotate finds who said what in a news article: quotations and
// their speakers, the people, organizations and places named, and the dates,
// each resolved to a calendar value.
//
// # Pipeline
//
// Annotate runs the stages in order, each adding a layer to the Document
// (natively, resolvePublished and findDates, which need the text alone, run
// on another core alongside the stages up to findQuotes, the one stage that
// reads the dates; see alongside.go):
//
//	Tokenize          tokens: words, numbers, punctuation, quotation marks (lexer.go)
//	splitParagraphs   paragraphs at line breaks that are not mere wraps (sentence.go)
//	splitSentences    sentences at terminal punctuation, abbreviations kept (sentence.go)
//	resolvePublished  the reference date: given, or inferred from the text (annotate.go)
//	findDates         temporal expressions with TIMEX3 values (package timex)
//	findEntities      people, organizations, places: the tagger of package ner, then
//	                  rules (entityrules.go), one reading per name (consistency.go)
//	                  and alias clusters (cluster.go)
//	findQuotes        quotation marks paired into passages (quotemarks.go, quote.go),
//	                  speakers found by sieves (attribute.go, sieves.go, phrase.go),
//	                  speech told from titles and terms (speech.go), reported speech
//	                  (indirect.go; headlines, "In a poll", "Asked whether" in
//	                  indirectforms.go), interviews and transcripts (interview.go),
//	                  and the speakers the mentions stand for (speaker.go)
//
// # Word lists
//
// The rules read their vocabulary from word lists (map[string]bool). Each
// file of rules declares its lists at its end and writes their words in a
// table of its own (wordSets, "attributeLists" in attribute.go), which
// buildWordSets turns into the sets at start-up: a list costs the page's
// download data, not code. TestWordTables checks that every list is built.
//
// # Offsets
//
// Every position is a byte offset into Document.Text, and every Span is
// half-open: [Start, End). The text is never rewritten, so offsets stay valid
// from the first stage to the renderer. Exports convert to code points.
//
// # Invariants
//
// Each layer is sorted by position and its spans do not overlap one another;
// things that may overlap (a partial quote inside reported speech, a name
// inside a quote) live in different layers. Every span lies inside the text
// on rune boundaries. Document.Segments cuts the layers into pieces that tile
// the text exactly once, for rendering. Annotate never panics and never reads
// the clock: relative dates resolve against Options.Published or the date
// inferred from the text.
package annotate

package ner

// A Kind is the type of a name: person, organization or place.
type Kind uint8

const (
	PER Kind = iota // a person
	ORG             // an organization
	LOC             // a place
	// MISC is any other name: events, works, nationalities ("World Cup",
	// "Titanic", "British"). The tagger learns it so as not to call them
	// organizations; the annotator shows none.
	MISC
)

// numKinds is the number of kinds.
const numKinds = 4

var kindNames = [...]string{PER: "PER", ORG: "ORG", LOC: "LOC", MISC: "MISC"}

func (k Kind) String() string {
	if int(k) >= numKinds {
		return "?"
	}
	return kindNames[k]
}

// KindOf returns the kind named s ("PER", "ORG", "LOC", "MISC").
func KindOf(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// A Label is the tag of one token in the BILOU scheme: outside a name, or
// the beginning, inside, last or only token of a name of some Kind.
type Label uint8

// O is the label of a token outside every name.
const O Label = 0

// Positions of a token inside a name.
const (
	posB = iota // first of several
	posI        // inside
	posL        // last of several
	posU        // the only token
)

// NumLabels is the number of labels: O and four positions for each kind.
const NumLabels = 1 + 4*numKinds

// LabelOf returns the label for position pos (0 B, 1 I, 2 L, 3 U) in a name of kind k.
func LabelOf(k Kind, pos int) Label { return Label(1 + 4*int(k) + pos) }

// Kind returns the kind of name the label belongs to; ok is false for O.
func (l Label) Kind() (k Kind, ok bool) {
	if l == O || int(l) >= NumLabels {
		return 0, false
	}
	return Kind((l - 1) / 4), true
}

func (l Label) pos() int { return int(l-1) % 4 }

// Begins reports whether l starts a name (B or U).
func (l Label) Begins() bool { return l != O && (l.pos() == posB || l.pos() == posU) }

// Ends reports whether l ends a name (L or U).
func (l Label) Ends() bool { return l != O && (l.pos() == posL || l.pos() == posU) }

func (l Label) String() string {
	k, ok := l.Kind()
	if !ok {
		return "O"
	}
	return string("BILU"[l.pos()]) + "-" + k.String()
}

// A Mention is a name found by the tagger: tokens [Start, End) of the
// sentence, half-open.
type Mention struct {
	Start, End int
	Kind       Kind
}

// Mentions reads the names out of a label sequence. Ill-formed sequences
// (an I without a B) are read leniently: any run of labels of one kind that
// does not restart is one name.
func Mentions(labels []Label) []Mention {
	var out []Mention
	start := -1
	var kind Kind
	for i, l := range labels {
		k, ok := l.Kind()
		if start >= 0 && (!ok || k != kind || l.Begins()) {
			out = append(out, Mention{start, i, kind})
			start = -1
		}
		if ok && start < 0 {
			start, kind = i, k
		}
		if start >= 0 && l.Ends() {
			out = append(out, Mention{start, i + 1, kind})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Mention{start, len(labels), kind})
	}
	return out
}

// Encode writes the labels of mentions into labels (len = sentence length),
// which must be all O on entry.
func Encode(labels []Label, ms []Mention) {
	for _, m := range ms {
		if m.End-m.Start == 1 {
			labels[m.Start] = LabelOf(m.Kind, posU)
			continue
		}
		labels[m.Start] = LabelOf(m.Kind, posB)
		for i := m.Start + 1; i < m.End-1; i++ {
			labels[i] = LabelOf(m.Kind, posI)
		}
		labels[m.End-1] = LabelOf(m.Kind, posL)
	}
}

// allowed reports whether label b may follow label a.
func allowed(a, b Label) bool {
	open := a != O && (a.pos() == posB || a.pos() == posI) // a name is open after a
	if !open {
		return b == O || b.Begins()
	}
	ka, _ := a.Kind()
	kb, ok := b.Kind()
	return ok && ka == kb && (b.pos() == posI || b.pos() == posL)
}

// canStart and canEnd say which labels may open and close a sentence.
func canStart(l Label) bool { return l == O || l.Begins() }
func canEnd(l Label) bool   { return l == O || l.Ends() }

package annotate

// This file holds the one table of quotation marks. Every other stage asks it.

// A markFamily groups marks that pair with each other.
type markFamily uint8

const (
	familyNone   markFamily = iota
	familyDouble            // " “ ” „ `` ''
	familySingle            // ' ‘ ’ ‚
	familyAngle             // « » ‹ ›
	familyCorner            // 「 」 『 』
)

// A markRole says which way a mark can face.
type markRole uint8

const (
	roleOpen   markRole = 1 << iota // can open a quotation
	roleClose                       // can close one
	roleEither = roleOpen | roleClose
)

type markInfo struct {
	family markFamily
	role   markRole
}

// quoteMarks lists every quotation mark the annotator knows.
// Straight marks face either way; their direction comes from context (see quote.go).
// The apostrophe ’ is listed as a closing single mark; the lexer has already
// kept the ones inside words ("don’t") and before years ("’90s") out of it.
var quoteMarks = map[string]markInfo{
	`"`:  {familyDouble, roleEither},
	"“":  {familyDouble, roleOpen},
	"”":  {familyDouble, roleClose},
	"„":  {familyDouble, roleOpen},
	"‟":  {familyDouble, roleOpen},
	"``": {familyDouble, roleOpen},
	"''": {familyDouble, roleEither}, // TeX style, and older newspaper systems that use it both ways
	"'":  {familySingle, roleEither},
	"‘":  {familySingle, roleOpen},
	"’":  {familySingle, roleClose},
	"‚":  {familySingle, roleOpen},
	"‛":  {familySingle, roleOpen},
	"«":  {familyAngle, roleOpen},
	"»":  {familyAngle, roleClose},
	"‹":  {familyAngle, roleOpen},
	"›":  {familyAngle, roleClose},
	"「":  {familyCorner, roleOpen},
	"」":  {familyCorner, roleClose},
	"『":  {familyCorner, roleOpen},
	"』":  {familyCorner, roleClose},
	"＂":  {familyDouble, roleEither},
}

// markRunes holds the one-rune marks of quoteMarks, for the lexer.
var markRunes = func() map[rune]bool {
	m := make(map[rune]bool)
	for s := range quoteMarks {
		if r := []rune(s); len(r) == 1 {
			m[r[0]] = true
		}
	}
	return m
}()

// isQuoteMark reports whether r on its own is a quotation mark. The lexer
// handles apostrophes and backquotes before asking.
func isQuoteMark(r rune) bool { return markRunes[r] }

// markOf returns what the mark token text is.
func markOf(s string) markInfo { return quoteMarks[s] }

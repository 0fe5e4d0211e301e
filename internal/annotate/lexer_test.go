package annotate

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"words and punctuation", "Lavrov said, on Monday.", []string{"Lavrov", "said", ",", "on", "Monday", "."}},
		{"dotted abbreviations stay whole", "the U.S. and U.N. at 3 p.m.", []string{"the", "U.S.", "and", "U.N.", "at", "3", "p.m."}},
		{"listed abbreviations keep their period", "Sept. 12 Mr. Smith Inc.", []string{"Sept.", "12", "Mr.", "Smith", "Inc."}},
		{"sentence-final word loses its period", "in Syria.", []string{"in", "Syria", "."}},
		{"initials", "John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"hyphenated words", "U.S.-Russian al-Assad Western-backed", []string{"U.S.-Russian", "al-Assad", "Western-backed"}},
		{"possessive is split", "Assad's and Jobs’s", []string{"Assad", "'s", "and", "Jobs", "’s"}},
		{"possessive set apart is one word", "Lord 's ground and Boatmen 's .", []string{"Lord", "'s", "ground", "and", "Boatmen", "'s", "."}},
		{"a quote opening on s is no possessive", "he said 'so' and 'sure'", []string{"he", "said", "'", "so", "'", "and", "'", "sure", "'"}},
		{"a lone 's after a mark stays a mark", "\" 's", []string{"\"", "'", "s"}},
		{"contractions stay whole", "don't we’ve O'Brien", []string{"don't", "we’ve", "O'Brien"}},
		{"decade apostrophe", "the ’90s and '80s", []string{"the", "’90s", "and", "'80s"}},
		{"numbers with separators", "2013-09-12 9/12/2013 15:00 1,000.5 1990s", []string{"2013-09-12", "9/12/2013", "15:00", "1,000.5", "1990s"}},
		{"quotation marks", "“Hi,” he said. 'No'", []string{"“", "Hi", ",", "”", "he", "said", ".", "'", "No", "'"}},
		{"straight double marks", `"Yes," she said`, []string{`"`, "Yes", ",", `"`, "she", "said"}},
		{"guillemets", "«Oui»", []string{"«", "Oui", "»"}},
		{"ellipsis and dashes", "wait... -- no — yes", []string{"wait", "...", "--", "no", "—", "yes"}},
		{"ampersand inside capitals", "AT&T and S&P", []string{"AT&T", "and", "S&P"}},
		{"domain names", "Amazon.com said", []string{"Amazon.com", "said"}},
		{"an amount glued to its currency", "Sh2.4 billion, N45,000 and Rs2.5 crore.", []string{"Sh2.4", "billion", ",", "N45,000", "and", "Rs2.5", "crore", "."}},
		{"invalid UTF-8 byte stands alone", "a\xffb", []string{"a", "\xff", "b"}},
		{"empty", "", []string{}},
		{"only spaces", " \n\t ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, texts(tt.text, Tokenize(tt.text)))
		})
	}
}

func TestTokenKinds(t *testing.T) {
	text := `“U.S.” 2013 ,`
	toks := Tokenize(text)
	kinds := make([]TokenKind, len(toks))
	for i, tok := range toks {
		kinds[i] = tok.Kind
	}
	assert.Equal(t, []TokenKind{Mark, Word, Mark, Number, Punct}, kinds)
}

func TestIsAllCapsMatchesUpperCasing(t *testing.T) {
	// the definition isAllCaps keeps: its letters are those upper-casing leaves alone
	reference := func(s string) bool {
		letters := 0
		for _, r := range s {
			if isLetter(r) {
				letters++
				if strings.ToUpper(string(r)) != string(r) {
					return false
				}
			}
		}
		return letters >= 2
	}
	for _, s := range []string{"", "NATO", "Nato", "U.N.", "A", "ÉTAT", "État", "ǅX", "ΑΘΗΝΑ", "ß", "SS", "\xffAB", "İSTANBUL", "ﬀ", "AB\u0301"} {
		assert.Equal(t, reference(s), isAllCaps(s), "%q", s)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := "A" + string(r)
		if reference(s) != isAllCaps(s) {
			t.Fatalf("%q: isAllCaps %v", s, isAllCaps(s))
		}
	}
}

// TestWordTables checks that each word list the package declares without
// a value is filled at start-up: its set appears in exactly one table of
// word lists, and that table in wordTables. A set missing from them would
// stay nil and match no word, without any error.
func TestWordTables(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	empty := map[string]bool{} // map[string]bool variables declared without a value
	filled := map[string]int{} // sets in a table, and how many times
	tables := map[string]bool{}
	var listed []string // the tables in wordTables
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				v := spec.(*ast.ValueSpec)
				if m, ok := v.Type.(*ast.MapType); ok && len(v.Values) == 0 && types.ExprString(m) == "map[string]bool" {
					for _, n := range v.Names {
						empty[n.Name] = true
					}
				}
				for i, val := range v.Values {
					lit, ok := val.(*ast.CompositeLit)
					if !ok {
						continue
					}
					switch types.ExprString(lit.Type) {
					case "wordSets":
						tables[v.Names[i].Name] = true
						for _, e := range lit.Elts {
							addr := e.(*ast.CompositeLit).Elts[0].(*ast.UnaryExpr)
							filled[types.ExprString(addr.X)]++
						}
					case "[]wordSets":
						for _, e := range lit.Elts {
							listed = append(listed, types.ExprString(e))
						}
					}
				}
			}
		}
	}
	assert.ElementsMatch(t, slices.Sorted(maps.Keys(tables)), listed, "the tables of word lists and wordTables")
	for name := range empty {
		assert.Equal(t, 1, filled[name], "%s: tables that fill it", name)
	}
	for name, n := range filled {
		assert.True(t, empty[name], "%s is in a table but not declared without a value", name)
		assert.Equal(t, 1, n, "%s: tables that fill it", name)
	}
	for _, table := range wordTables {
		for _, e := range table {
			assert.Len(t, *e.set, len(setOf(strings.Fields(e.words)...)), "%.30s", e.words)
		}
	}
}

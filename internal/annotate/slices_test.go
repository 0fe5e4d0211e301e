package annotate

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAnyOpening annotates every hand-checked article from each of its
// words on, a few hundred bytes at a time: whatever word a pasted text
// opens with, no rule may read a token before the first. The fuzzer seldom
// builds text that opens where a rule looks back ("WHO, which launched …",
// "North Inwood section of …"); real sentences cut at any word do.
func TestAnyOpening(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	texts := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, tk := range Tokenize(text) {
			sub := text[tk.Start:min(len(text), tk.Start+300)]
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s from byte %d: %v: %q", f, tk.Start, r, sub)
					}
				}()
				Annotate(sub, Options{})
				texts++
			}()
		}
	}
	t.Logf("%d openings annotated", texts)
}

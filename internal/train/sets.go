package train

import (
	"path/filepath"
	"strings"
)

// Data is the corpora the model is trained and measured on, read from the
// shared data directory.
type Data struct {
	Train []Raw // GMB (cleaned), wikigold less its held-out fold, UNER EWT and PUD Wikipedia
	// Held-out sets, never trained on: they choose hyperparameters and are reported.
	PUDNews      []Raw // UNER PUD news sentences
	WikigoldHeld []Raw // every fifth wikigold document
	// Nationalities counts the words GMB tags as nationalities (gpe
	// adjectives and plural nouns: "Russian", "Iraqis").
	Nationalities map[string]int
}

// WikigoldHeldOut reports whether wikigold document doc is held out.
func WikigoldHeldOut(doc int) bool { return doc%5 == 0 }

// Load reads the training and held-out sets from the data directory dir.
func Load(dir string) (*Data, error) {
	d := &Data{}
	gmb, err := ReadGMB(filepath.Join(dir, "ner", "gmb", "gmb_ner.utf8.conll"))
	if err != nil {
		return nil, err
	}
	d.Nationalities = GMBNationalities(gmb)
	d.Train = append(d.Train, CleanGMB(gmb)...)
	wg, err := ReadWikigold(filepath.Join(dir, "ner", "wikigold", "wikigold.conll.txt"))
	if err != nil {
		return nil, err
	}
	for _, s := range wg {
		if WikigoldHeldOut(s.Doc) {
			d.WikigoldHeld = append(d.WikigoldHeld, s)
		} else {
			d.Train = append(d.Train, s)
		}
	}
	for _, name := range []string{"en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2"} {
		ewt, err := ReadUNER(filepath.Join(dir, "ner", "uner_en", name), nil)
		if err != nil {
			return nil, err
		}
		d.Train = append(d.Train, ewt...)
	}
	pud, err := ReadUNER(filepath.Join(dir, "ner", "uner_en", "en_pud-ud-test.iob2"), nil)
	if err != nil {
		return nil, err
	}
	for _, s := range pud {
		if IsPUDNews(s.ID) {
			d.PUDNews = append(d.PUDNews, s)
		} else {
			d.Train = append(d.Train, s)
		}
	}
	return d, nil
}

// IsPUDNews reports whether a UNER PUD sentence id is of a news sentence.
func IsPUDNews(id string) bool { return strings.HasPrefix(id, "n") }

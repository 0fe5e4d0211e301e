// Command train builds the named-entity model from the training sets in the
// shared data directory (../shared/data or $ANNOTATOR_DATA) and writes it to
// internal/ner/model/ner.bin. Run it with make model. The result is the same
// byte for byte on every run with the same data and flags.
//
// Usage:
//
//	train [-out internal/ner/model/ner.bin] [-dev] [hyperparameter flags]
//
// The defaults are the shipped model's settings, chosen on the held-out
// sets (UNER PUD news and a wikigold fold), never on CoNLL-2003.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/eval"
	"github.com/newsroom-tools/annotator/internal/ner"
	"github.com/newsroom-tools/annotator/internal/train"
)

func main() {
	out := flag.String("out", "internal/ner/model/ner.bin", "where to write the model")
	dev := flag.Bool("dev", false, "score the held-out sets (PUD news, a wikigold fold) after training")
	bits := flag.Uint("bits", 18, "log2 of the feature table's rows")
	epochs := flag.Int("epochs", 8, "training passes")
	clip := flag.Float64("clip", 0, "share of weights allowed to saturate when rounding")
	minCount := flag.Int("mincount", 3, "the fewest times a word is seen to be kept in the word table")
	upper := flag.Int("upper", 10, "add a capitalised copy of every nth sentence (0: none)")
	prune := flag.Int("prune", 17, "zero the feature rows whose weights all round below this")
	dropout := flag.Float64("dropout", 0.25, "chance of reading a token as an unknown word in a pass")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("train: ")

	start := time.Now()
	dir, err := dataset.Dir()
	if err != nil {
		log.Fatal(err)
	}
	data, err := train.Load(dir)
	if err != nil {
		log.Fatal(err)
	}
	sents := make([]train.Sentence, len(data.Train))
	for i, r := range data.Train {
		sents[i] = train.Align(r)
	}
	words := train.Words(sents, data.Nationalities, train.WordOptions{
		MinCount: *minCount, Coarse: 64, Fine: 384, Contexts: 1000, Iterations: 8, Seed: 1,
	})
	log.Printf("%d words learnt (clusters, casing, nationalities) in %v", len(words), time.Since(start).Round(time.Millisecond))
	sents = train.Augment(sents, *upper)
	log.Printf("%d training sentences (with capitalised copies), read in %v", len(sents), time.Since(start).Round(time.Millisecond))

	m, err := train.Train(sents, words, train.Options{
		Bits: uint8(*bits), Epochs: *epochs, Seed: *seed, Clip: *clip, WordDropout: *dropout, Prune: *prune,
		Log: func(e, mistakes int) {
			log.Printf("pass %d: %d sentences wrong (%v)", e, mistakes, time.Since(start).Round(time.Second))
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes in %v", *out, buf.Len(), time.Since(start).Round(time.Second))
	if *dev {
		m2, err := ner.Decode(buf.Bytes())
		if err != nil {
			log.Fatal(err)
		}
		for _, set := range []struct {
			name string
			raw  []train.Raw
		}{{"PUD news", data.PUDNews}, {"wikigold held-out", data.WikigoldHeld}} {
			fmt.Println(set.name)
			scores := eval.ScoreTagger(m2, set.raw)
			for k := ner.Kind(0); k < 3; k++ {
				fmt.Printf("  %s %v\n", k, scores[k])
			}
		}
	}
}

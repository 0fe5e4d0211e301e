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

// settings are the training's hyperparameters, one flag each.
type settings struct {
	bits             uint
	epochs, minCount int
	upper, prune     int
	clip, dropout    float64
	seed             uint64
}

// defaults are make model's settings: the shipped model's.
var defaults = settings{bits: 18, epochs: 8, minCount: 3, upper: 10, prune: 17, dropout: 0.25, seed: 1}

func main() {
	s := defaults
	out := flag.String("out", "internal/ner/model/ner.bin", "where to write the model")
	dev := flag.Bool("dev", false, "score the held-out sets (PUD news, a wikigold fold) after training")
	flag.UintVar(&s.bits, "bits", s.bits, "log2 of the feature table's rows")
	flag.IntVar(&s.epochs, "epochs", s.epochs, "training passes")
	flag.Float64Var(&s.clip, "clip", s.clip, "share of weights allowed to saturate when rounding")
	flag.IntVar(&s.minCount, "mincount", s.minCount, "the fewest times a word is seen to be kept in the word table")
	flag.IntVar(&s.upper, "upper", s.upper, "add a capitalised copy of every nth sentence (0: none)")
	flag.IntVar(&s.prune, "prune", s.prune, "zero the feature rows whose weights all round below this")
	flag.Float64Var(&s.dropout, "dropout", s.dropout, "chance of reading a token as an unknown word in a pass")
	flag.Uint64Var(&s.seed, "seed", s.seed, "shuffling seed")
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
	model, err := build(data, s, func(format string, args ...any) {
		log.Printf(format+" (%v)", append(args, time.Since(start).Round(time.Millisecond))...)
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, model, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes in %v", *out, len(model), time.Since(start).Round(time.Second))
	if *dev {
		m, err := ner.Decode(model)
		if err != nil {
			log.Fatal(err)
		}
		for _, set := range []struct {
			name string
			raw  []train.Raw
		}{{"PUD news", data.PUDNews}, {"wikigold held-out", data.WikigoldHeld}} {
			fmt.Println(set.name)
			scores := eval.ScoreTagger(m, set.raw)
			for k := ner.Kind(0); k < 3; k++ {
				fmt.Printf("  %s %v\n", k, scores[k])
			}
		}
	}
}

// build trains the model on the train sets of data with settings s and
// returns the model file's bytes; logf reports its progress.
func build(data *train.Data, s settings, logf func(format string, args ...any)) ([]byte, error) {
	sents := make([]train.Sentence, len(data.Train))
	for i, r := range data.Train {
		sents[i] = train.Align(r)
	}
	words := train.Words(sents, data.Nationalities, train.WordOptions{
		MinCount: s.minCount, Coarse: 64, Fine: 384, Contexts: 1000, Iterations: 8, Seed: 1,
	})
	logf("%d words learnt (clusters, casing, nationalities)", len(words))
	sents = train.Augment(sents, s.upper)
	logf("%d training sentences (with capitalised copies)", len(sents))
	m, err := train.Train(sents, words, train.Options{
		Bits: uint8(s.bits), Epochs: s.epochs, Seed: s.seed, Clip: s.clip, WordDropout: s.dropout, Prune: s.prune,
		Log: func(e, mistakes int) { logf("pass %d: %d sentences wrong", e, mistakes) },
	})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

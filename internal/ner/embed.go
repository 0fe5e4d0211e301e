package ner

import (
	_ "embed"
	"sync"
)

// modelFile is the shipped model, made by make model (cmd/train) from the
// training sets named in model/README.md.
//
//go:embed model/ner.bin
var modelFile []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the shipped model, decoded on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = Decode(modelFile) })
	return defaultModel, defaultErr
}

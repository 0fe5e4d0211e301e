package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/train"
)

// TestModelIsWhatMakeModelBuilds trains the model on the train sets with
// make model's settings and checks that it is the shipped ner.bin byte for
// byte: a change to what training reads (the lexer, the title words, the
// lists) that would change the model fails here, not at the next retrain.
func TestModelIsWhatMakeModelBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model (about 15 s)")
	}
	dataset.Require(t, "ner", "gmb", "gmb_ner.utf8.conll")
	dir, err := dataset.Dir()
	require.NoError(t, err)
	data, err := train.Load(dir)
	require.NoError(t, err)
	built, err := build(data, defaults, func(string, ...any) {})
	require.NoError(t, err)
	shipped, err := os.ReadFile(filepath.Join("..", "..", "internal", "ner", "model", "ner.bin"))
	require.NoError(t, err)
	require.True(t, bytes.Equal(built, shipped), "make model builds %d bytes that differ from the shipped ner.bin's %d: retrain and commit it, or keep training's input as it was", len(built), len(shipped))
}

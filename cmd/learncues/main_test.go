package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// TestCuesAreWhatMakeModelBuilds counts the cue forms of PolNeAR's
// training articles anew and checks that they are the shipped cues.tsv,
// byte for byte: a change to the reporting verbs that would change the
// table fails here.
func TestCuesAreWhatMakeModelBuilds(t *testing.T) {
	path := dataset.Require(t, "quotes", "polnear", "train.jsonl")
	built, _, _, err := learn(path, 5)
	require.NoError(t, err)
	shipped, err := os.ReadFile(filepath.Join("..", "..", "internal", "annotate", "lexicon", "cues.tsv"))
	require.NoError(t, err)
	require.True(t, bytes.Equal(built, shipped), "make model counts cue forms that differ from the shipped cues.tsv: run it and commit the table")
}

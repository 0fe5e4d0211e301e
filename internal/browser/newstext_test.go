package browser

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

func TestNewsText(t *testing.T) {
	dataset.Require(t, "quotes", "polnear", "dev.jsonl")
	for _, n := range []int{10_000, 1 << 20} {
		text, err := NewsText(n)
		require.NoError(t, err)
		assert.LessOrEqual(t, len(text), n)
		assert.Greater(t, len(text), n-20_000, "close to the size asked for")
		assert.True(t, strings.HasSuffix(text, "\n"), "ends at a paragraph break")
	}
}

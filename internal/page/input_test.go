package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name      string
		in        []byte
		text, enc string
	}{
		{"utf-8", []byte("“Ça va,” he said."), "“Ça va,” he said.", "UTF-8"},
		{"utf-8 with BOM", []byte("\xEF\xBB\xBFhi"), "hi", "UTF-8"},
		{"utf-16le BOM", []byte("\xFF\xFEh\x00\xe9\x00"), "hé", "UTF-16LE"},
		{"utf-16be BOM", []byte("\xFE\xFF\x00h\x00\xe9"), "hé", "UTF-16BE"},
		{"utf-16le without BOM", []byte("a\x00b\x00c\x00"), "abc", "UTF-16LE"},
		{"utf-16 surrogate pair", []byte("\xFF\xFE\x3D\xD8\x00\xDE"), "😀", "UTF-16LE"},
		{"windows-1252", []byte("\x93Caf\xe9,\x94 she said \x96 \x80 5"), "“Café,” she said – € 5", "Windows-1252"},
		{"latin-1 undefined bytes keep their code points", []byte("a\x81b\x9d"), "a\u0081b\u009d", "Windows-1252"},
		{"empty", nil, "", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := DecodeText(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.text, text)
			assert.Equal(t, tt.enc, enc)
		})
	}
	_, _, err := DecodeText([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	assert.ErrorIs(t, err, ErrBinary)
}

func TestFileText(t *testing.T) {
	tests := []struct {
		name, data, text, note string
	}{
		{"story.txt", "Plain \"quoted\" text.", "Plain \"quoted\" text.", "Opened story.txt."},
		{"story.HTML", "<p>One</p><p>Two &amp; three</p>", "One\n\nTwo & three", "Opened story.HTML: its article text."},
		{"story.md", "# Title\n\nSome *text*.", "Title\n\nSome text.", "Opened story.md."},
		{"no-extension", "<!DOCTYPE html><title>x</title><p>Body", "Body", "Opened no-extension: its article text."},
		{"old.txt", "caf\xe9", "café", "Opened old.txt (read as Windows-1252, since it is not UTF-8)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, note, err := FileText(tt.name, []byte(tt.data))
			require.NoError(t, err)
			assert.Equal(t, tt.text, text)
			assert.Equal(t, tt.note, note)
		})
	}
	_, _, err := FileText("photo.txt", []byte("\x00\x01\x02\x03\x04"))
	assert.ErrorIs(t, err, ErrBinary)
}

func TestPasteText(t *testing.T) {
	assert.Equal(t, "plain", PasteText("", "plain"))
	assert.Equal(t, "plain", PasteText("<img src=x>", "plain"), "HTML without text: the plain text")
	assert.Equal(t, "First paragraph.\n\nSecond, with a link.",
		PasteText(`<meta charset="utf-8"><p style="margin:0">First paragraph.</p><p>Second, with <a href="https://x">a link</a>.</p>`, "First paragraph.\nSecond, with a link."))
	assert.Equal(t, "Kept:\n\na nav and a button.", PasteText("<nav>Kept:</nav> a nav and a <button>button</button>.", ""),
		"a paste keeps what the user selected")
}

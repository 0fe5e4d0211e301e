package e2e

import "github.com/chromedp/cdproto/input"

// inputInsertText is the protocol's Input.insertText: text arrives in the
// focused field in one piece, as from a paste or an input method.
var inputInsertText = input.InsertText

func insertTextParams(text string) input.InsertTextParams {
	return input.InsertTextParams{Text: text}
}

// Package samples holds the articles the page offers under "Try a sample",
// with the credit their licences require.
package samples

import _ "embed"

// A Sample is an article that may ship with the product.
type Sample struct {
	Title   string
	Source  string // who published it
	Date    string // when, as the source gives it
	URL     string // the original
	Licence string
	Text    string
}

//go:embed wikinews-2011-08-25-steve-jobs-resigns.txt
var jobs string

// Wikinews is "Apple executive Steve Jobs resigns", Wikinews, CC BY 2.5.
var Wikinews = Sample{
	Title:   "Apple executive Steve Jobs resigns",
	Source:  "Wikinews",
	Date:    "25 August 2011",
	URL:     "https://en.wikinews.org/wiki/Apple_executive_Steve_Jobs_resigns",
	Licence: "CC BY 2.5",
	Text:    jobs,
}

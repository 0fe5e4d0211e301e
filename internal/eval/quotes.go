package eval

// Quotes scores quotation and speaker finding on PolNeAR dev and the seed article.
func Quotes() (Section, error) {
	return Section{Title: "Quotes and speakers"}, nil
}

package annotate

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// quoteWant is what a test expects of one quote: its text, kind, the
// mention its speaker rests on and the speaker's name ("" for none).
type quoteWant struct {
	text    string
	kind    QuoteKind
	mention string
	speaker string
}

func (w quoteWant) String() string {
	return fmt.Sprintf("%s %q by %q (%q)", w.kind, w.text, w.speaker, w.mention)
}

// gotQuotes describes the document's quotes as quoteWants.
func gotQuotes(d *Document) []quoteWant {
	var out []quoteWant
	for _, q := range d.Quotes {
		w := quoteWant{text: q.Of(d.Text), kind: q.Kind}
		if !q.Speaker.IsZero() {
			w.mention = q.Speaker.Of(d.Text)
		}
		if q.Source >= 0 {
			w.speaker = d.Speakers[q.Source].Name
		}
		out = append(out, w)
	}
	return out
}

func TestQuoteForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []quoteWant
	}{
		// marks
		{"straight double marks",
			`"We will win this war," Lavrov said.`,
			[]quoteWant{{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"curly double marks",
			`“We will win this war,” Lavrov said.`,
			[]quoteWant{{`“We will win this war,”`, Direct, "Lavrov", "Lavrov"}}},
		{"curly single marks, UK style",
			`‘We will win this war,’ Lavrov said.`,
			[]quoteWant{{`‘We will win this war,’`, Direct, "Lavrov", "Lavrov"}}},
		{"straight single marks, UK style",
			`'We will win this war,' Lavrov said.`,
			[]quoteWant{{`'We will win this war,'`, Direct, "Lavrov", "Lavrov"}}},
		{"apostrophes are not marks",
			`‘I don’t think the ’90s or the Joneses’ house matter,’ Lavrov said.`,
			[]quoteWant{{`‘I don’t think the ’90s or the Joneses’ house matter,’`, Direct, "Lavrov", "Lavrov"}}},
		{"guillemets",
			`«We will win this war,» Lavrov said.`,
			[]quoteWant{{`«We will win this war,»`, Direct, "Lavrov", "Lavrov"}}},
		{"a nested quote stays inside its passage",
			`"He told me 'never again' twice," Lavrov said.`,
			[]quoteWant{{`"He told me 'never again' twice,"`, Direct, "Lavrov", "Lavrov"}}},
		{"a quote over two paragraphs",
			"“We will not give up the talks.\n\n“We will win this war,” Lavrov said.",
			[]quoteWant{
				{"“We will not give up the talks.", Direct, "Lavrov", "Lavrov"},
				{"“We will win this war,”", Direct, "Lavrov", "Lavrov"}}},
		// broken marks
		{"an unclosed mark ends with its paragraph",
			"Lavrov said: \"We will never stop the talks.\n\n\"Never,\" Kerry replied.",
			[]quoteWant{
				{`"We will never stop the talks.`, Direct, "Lavrov", "Lavrov"},
				{`"Never,"`, Direct, "Kerry", "Kerry"}}},
		{"a straight mark closes a curly one",
			`“We will win this war," Lavrov said.`,
			[]quoteWant{{`“We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"doubled apostrophes as double marks",
			`''We will win this war,'' Lavrov said.`,
			[]quoteWant{{`''We will win this war,''`, Direct, "Lavrov", "Lavrov"}}},
		{"an opening mark typed for the closing one",
			`“We will win this war,“ said Lavrov.`,
			[]quoteWant{{`“We will win this war,“`, Direct, "Lavrov", "Lavrov"}}},
		{"an opening mark typed for the closing one, partial",
			`Kerry called the plan “reckless“ on Monday.`,
			[]quoteWant{{`“reckless“`, Partial, "Kerry", "Kerry"}}},
		{"an opening single mark typed for an apostrophe",
			`Lavrov said Clinton‘s plan would fail.`,
			[]quoteWant{{"Clinton‘s plan would fail", Indirect, "Lavrov", "Lavrov"}}},
		{"an opening single mark typed for the apostrophe of a year",
			`The ‘16 race is close, Lavrov said.`,
			[]quoteWant{{"The ‘16 race is close", Indirect, "Lavrov", "Lavrov"}}},
		{"an opening single mark typed for the closing one",
			`Voters want ‘change‘ now, Lavrov said.`,
			[]quoteWant{{"‘change‘", Partial, "Lavrov", "Lavrov"}}},
		{"inch marks are not quotes",
			`The 6'2" player and the 12" pizza.`,
			nil},
		// not speech
		{"a film title", `They watched "Frozen" on Sunday.`, nil},
		{"a show title in title case", `Lavrov said on CNN's "State of the Union" that talks go on.`,
			[]quoteWant{{"talks go on", Indirect, "Lavrov", "Lavrov"}}},
		{"a title with a possessive after its author",
			`Steven Hall, author of "America's Long Road," said the vote was close.`,
			nil},
		{"a title after an autobiography",
			`In his autobiography, "A Time to Build," published in 2015, Mr. Hall described his youth.`,
			nil},
		{"a headline with its byline",
			`FAREWELL—"Museum to close its doors at the end of May," by the Post's Ann Lee.`,
			nil},
		{"a phrase of the sentence before by stays speech",
			`Lavrov said the "ugliness of his remarks," by any measure, was new.`,
			[]quoteWant{{`"ugliness of his remarks,"`, Partial, "Lavrov", "Lavrov"}}},
		{"a promotional line in marks is no quote",
			"\"We will win this war,\" Lavrov said.\n\n\"Follow Ann Lee on Twitter @annlee.\"",
			[]quoteWant{{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"a label in marks is no quote",
			"\"We will win this war,\" Lavrov said.\n\n\"Related:\"\n\nLavrov Meets Kerry In Geneva",
			[]quoteWant{{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"a quote that opens with follow stays a quote",
			"\"We will win this war,\" Lavrov said.\n\n\"Follow us to the border,\" he added.",
			[]quoteWant{
				{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"},
				{`"Follow us to the border,"`, Direct, "he", "Lavrov"}}},
		{"a long title with a subtitle after a noun of works",
			`Hall said the company failed, as told in his book "Backfire: The Inside Story of the Long Battle for the Company."`,
			[]quoteWant{{`the company failed, as told in his book "Backfire: The Inside Story of the Long Battle for the Company."`, Indirect, "Hall", "Hall"}}},
		{"a show's title as the subject of its sentence",
			"\"We will win this war,\" Lavrov said.\n\n\"Late Show\" host Ann Lee on Thursday mocked the plan.",
			[]quoteWant{{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"a term as the subject of its sentence",
			"\"We will win this war,\" Lavrov said.\n\n\"Containment\" has been the policy for years.",
			[]quoteWant{{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"one word of speech before its speaker stays speech",
			"\"We will win this war,\" Lavrov said.\n\n\"Quiet,\" he demanded.",
			[]quoteWant{
				{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"},
				{`"Quiet,"`, Direct, "he", "Lavrov"}}},
		{"a show told something is a listener, not speech",
			`"We will win this war," Lavrov told "Morning Hour" on Monday.`,
			[]quoteWant{{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"a title before a verb and its object is no partial quote",
			`Ann Lee, who starred in "Night Train," posted the clip on Monday.`,
			nil},
		{"a so-called term", `The so-called "peace dividend" never came.`, nil},
		{"a bracketed aside", `"(CROSSTALK.)"`, nil},
		{"a show after its network's possessive, whatever follows",
			`Ann Lee, host of MSNBC's "Morning Show," suggested business mogul Donald Trump's refusal was a mistake.`,
			nil},
		{"a show after a possessive ending in s",
			`Lee, the anchor of CBS' "Late Hour," said the vote was close.`,
			nil},
		{"a nickname between the parts of a name, inside reported speech",
			`The mayor said Jesús "Chuy" García would win.`,
			[]quoteWant{{`Jesús "Chuy" García would win`, Indirect, "The mayor", "The mayor"}}},
		{"a title inside reported speech is quoted as the speaker's",
			`Trump said he would go on "Meet the Press" again.`,
			[]quoteWant{
				{`he would go on "Meet the Press" again`, Indirect, "Trump", "Trump"},
				{`"Meet the Press"`, Partial, "Trump", "Trump"}}},
		{"a book title inside reported speech stays a title",
			`Rubio said his book "An American Son" sold well.`,
			[]quoteWant{{`his book "An American Son" sold well`, Indirect, "Rubio", "Rubio"}}},
		{"a term inside reported speech is quoted as the speaker's",
			`The mayor said the city would build a "welcome center" downtown.`,
			[]quoteWant{{`"welcome center"`, Partial, "The mayor", "The mayor"}}},
		// partial quotes
		{"a partial quote in reported speech",
			`Lavrov took issue with the plan, saying it showed a "lack of understanding" of the terms.`,
			[]quoteWant{{`"lack of understanding"`, Partial, "Lavrov", "Lavrov"}}},
		{"a cue makes a term speech",
			`Clinton called the deal "a disaster" on Monday.`,
			[]quoteWant{{`"a disaster"`, Partial, "Clinton", "Clinton"}}},
		// speakers
		{"inverted cue",
			`"We will win this war," said Lavrov.`,
			[]quoteWant{{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"}}},
		{"title and name before the cue",
			`Russian Foreign Minister Sergei Lavrov said: "We will win this war."`,
			[]quoteWant{{`"We will win this war."`, Direct, "Sergei Lavrov", "Sergei Lavrov"}}},
		{"appositive after an inverted cue",
			`"The clinic is full," said Hugh Hill, a doctor at the clinic.`,
			[]quoteWant{{`"The clinic is full,"`, Direct, "Hugh Hill", "Hugh Hill"}}},
		{"appositive before the cue",
			`Hugh Hill, a doctor at the clinic, said: "The clinic is full."`,
			[]quoteWant{{`"The clinic is full."`, Direct, "Hugh Hill", "Hugh Hill"}}},
		{"a pronoun stands for the last person",
			"Sergei Lavrov met Kerry in Geneva.\n\n\"We will win this war,\" he said.",
			[]quoteWant{{`"We will win this war,"`, Direct, "he", "Sergei Lavrov"}}},
		{"she stands for the last woman named",
			"Hillary Clinton met Donald Trump, who said he would win. Mrs. Clinton smiled at him.\n\n\"We will see,\" she said.",
			[]quoteWant{
				{"he would win", Indirect, "who", "Donald Trump"},
				{`"We will see,"`, Direct, "she", "Hillary Clinton"}}},
		{"a noun of speech before a colon",
			`Jobs left this farewell: "I thank you all for the many years."`,
			[]quoteWant{{`"I thank you all for the many years."`, Direct, "Jobs", "Jobs"}}},
		{"who stands for the name before it",
			`The view is offered by Charles O'Reilly, a management expert, who stated, "Great companies rarely go from strength to strength."`,
			[]quoteWant{{`"Great companies rarely go from strength to strength."`, Direct, "who", "Charles O'Reilly"}}},
		{"a company as speaker",
			`Acme Corp. cut 500 jobs. "We regret the losses," the company said.`,
			[]quoteWant{{`"We regret the losses,"`, Direct, "the company", "Acme Corp."}}},
		{"according to",
			`"The talks will go on," according to Lavrov.`,
			[]quoteWant{{`"The talks will go on,"`, Direct, "Lavrov", "Lavrov"}}},
		{"a name and a colon",
			`Lavrov: "We will win this war."`,
			[]quoteWant{{`"We will win this war."`, Direct, "Lavrov", "Lavrov"}}},
		{"a dash and a name",
			`"We will win this war." — Commissioner Jane Doe`,
			[]quoteWant{{`"We will win this war."`, Direct, "Jane Doe", "Jane Doe"}}},
		{"an interrupted quote shares its speaker",
			`"We will win," Lavrov said, "and soon."`,
			[]quoteWant{
				{`"We will win,"`, Direct, "Lavrov", "Lavrov"},
				{`"and soon."`, Direct, "Lavrov", "Lavrov"}}},
		{"two speakers in one paragraph",
			`"We will win this war," Lavrov said. "We will see about that," Kerry replied.`,
			[]quoteWant{
				{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"},
				{`"We will see about that,"`, Direct, "Kerry", "Kerry"}}},
		{"a follow-on paragraph keeps the speaker",
			"\"We will win this war,\" Lavrov said.\n\n\"There is no other way for us.\"",
			[]quoteWant{
				{`"We will win this war,"`, Direct, "Lavrov", "Lavrov"},
				{`"There is no other way for us."`, Direct, "Lavrov", "Lavrov"}}},
		{"a paragraph ending in a colon announces the speaker",
			"Lavrov made the following remarks:\n\n\"We will win this war.\"",
			[]quoteWant{{`"We will win this war."`, Direct, "Lavrov", "Lavrov"}}},
		{"an interview label inside a quote",
			`"PENCE: Well, look, we will win this race."`,
			[]quoteWant{{`"PENCE: Well, look, we will win this race."`, Direct, "PENCE", "PENCE"}}},
		{"an interview's answers",
			"Sergei Lavrov spoke to reporters in Geneva.\n\nQ: Will the talks go on?\n\nA: We will keep talking, \"whatever it takes.\"",
			[]quoteWant{{`We will keep talking, "whatever it takes."`, Direct, "Sergei Lavrov", "Sergei Lavrov"}}},
		{"a transcript's labelled lines",
			"WALLACE: Do you see those two as equivalent?\n\nPENCE: Well, look, we will win this race.",
			[]quoteWant{
				{"Do you see those two as equivalent?", Direct, "WALLACE", "WALLACE"},
				{"Well, look, we will win this race.", Direct, "PENCE", "PENCE"}}},
		{"a dateline is no transcript",
			"WASHINGTON: Officials met on Monday.",
			nil},
		// indirect speech
		{"reported speech after an adjunct",
			`Lavrov said on Monday it may be time to consider new talks.`,
			[]quoteWant{{"it may be time to consider new talks", Indirect, "Lavrov", "Lavrov"}}},
		{"reported speech with that",
			`Kerry said that the deal would hold.`,
			[]quoteWant{{"the deal would hold", Indirect, "Kerry", "Kerry"}}},
		{"accused of",
			`Lavrov accused European countries of trying to reinterpret the agreement.`,
			[]quoteWant{{"European countries of trying to reinterpret the agreement", Indirect, "Lavrov", "Lavrov"}}},
		{"reported speech with a trailing cue",
			`The deal will hold until May, officials said.`,
			[]quoteWant{{"The deal will hold until May", Indirect, "officials", "officials"}}},
		{"two reports joined by and",
			`Kerry said the deal would hold and suggested that talks resume soon.`,
			[]quoteWant{
				{"the deal would hold", Indirect, "Kerry", "Kerry"},
				{"talks resume soon", Indirect, "Kerry", "Kerry"}}},
		{"a new speaker's clause ends the content",
			`Kerry announced that talks would resume, but no date was set and Moscow says the rebels are to blame.`,
			[]quoteWant{
				{"talks would resume", Indirect, "Kerry", "Kerry"},
				{"the rebels are to blame", Indirect, "Moscow", "Moscow"}}},
		{"an attribution set inside the content",
			`The latest test, North Korea said, was its biggest yet.`,
			[]quoteWant{{"The latest test, North Korea said, was its biggest yet", Indirect, "North Korea", "North Korea"}}},
		{"according to before the content",
			`According to the ministry, the deal will hold.`,
			[]quoteWant{{"the deal will hold", Indirect, "the ministry", "the ministry"}}},
		{"an inverted speaker from somewhere",
			`"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.`,
			[]quoteWant{{`"This is a waste of time,"`, Direct, "Stacey Plaskett", "Stacey Plaskett"}}},
		{"a speaker after a comma at the very end of the text",
			`Mr. Obama has become skeptical about the options, officials`, nil},
		{"an attribution with any speaker set inside the content",
			`Mr. Obama, officials said, has become skeptical about the options.`,
			[]quoteWant{{"Mr. Obama, officials said, has become skeptical about the options", Indirect, "officials", "officials"}}},
		{"a share of those polled as the speaker",
			`Two in three said they are less likely to vote in November.`,
			[]quoteWant{{"they are less likely to vote in November", Indirect, "Two in three", "Two in three"}}},
		{"an inverted cue with a relative clause to the end",
			`Defending that terrain is within his reach, said Democrats who point to his record.`,
			[]quoteWant{{"Defending that terrain is within his reach", Indirect, "Democrats", "Democrats"}}},
		{"a date between the speaker and the cue",
			`RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.`,
			[]quoteWant{{"the party was not in a crisis", Indirect, "Sean Spicer", "Sean Spicer"}}},
		{"a poll released on a day as the speaker",
			`A Des Moines Register poll released Saturday found that 28 percent supported Mr. Trump.`,
			[]quoteWant{{"28 percent supported Mr. Trump", Indirect, "A Des Moines Register poll", "A Des Moines Register poll"}}},
		{"a verb of belief after a plural subject",
			`Economists believe this provides an incentive for employers.`,
			[]quoteWant{{"this provides an incentive for employers", Indirect, "Economists", "Economists"}}},
		{"a verb of belief after a plural subject, without a clause after it",
			`Economists believe in free trade.`, nil},
		{"a relative clause after the content is the narrator's",
			`Fowler said he expects Clinton to recover from pneumonia, which forced her to leave early.`,
			[]quoteWant{{"he expects Clinton to recover from pneumonia", Indirect, "Fowler", "Fowler"}}},
		{"a clause of its own after but is the narrator's",
			`Sanders said the plan would work, but the senator offered no figures.`,
			[]quoteWant{{"the plan would work", Indirect, "Sanders", "Sanders"}}},
		{"a participle cue after a common noun subject",
			`The departments declined to provide documents, saying they cannot discuss the case.`,
			[]quoteWant{{"they cannot discuss the case", Indirect, "The departments", "The departments"}}},
		{"a number after about opens the content",
			`Obama revised his plans, saying that about 5,500 troops would remain.`,
			[]quoteWant{{"about 5,500 troops would remain", Indirect, "Obama", "Obama"}}},
		{"a quotation sentence after reported speech takes its speaker",
			`Perez says too many women are torn by guilt. "They feel like a bad employee and a bad mom."`,
			[]quoteWant{
				{"too many women are torn by guilt", Indirect, "Perez", "Perez"},
				{`"They feel like a bad employee and a bad mom."`, Direct, "Perez", "Perez"}}},
		{"an apostrophe in the appositive of an inverted speaker",
			`"The numbers put us on pace," Jeff Weaver, Sanders' campaign manager, said.`,
			[]quoteWant{{`"The numbers put us on pace,"`, Direct, "Jeff Weaver", "Jeff Weaver"}}},
		{"an adverb between the speaker and the cue",
			`Clinton has increasingly decried the "systemic racism" she sees.`,
			[]quoteWant{{`"systemic racism"`, Partial, "Clinton", "Clinton"}}},
		{"a relative pronoun as the mention, linked to the name before it",
			`Thomas Perez, the labor secretary, who said he expects a deal, flew home.`,
			[]quoteWant{{"he expects a deal", Indirect, "who", "Thomas Perez"}}},
		{"a contrast after the content is the narrator's",
			`Most senators said they would support the bill, while others favored delay.`,
			[]quoteWant{{"they would support the bill", Indirect, "Most senators", "Most senators"}}},
		{"a predicate of its own after and is the narrator's",
			`Clinton said she wants a safe zone in Syria, and has expressed support for more aid.`,
			[]quoteWant{{"she wants a safe zone in Syria", Indirect, "Clinton", "Clinton"}}},
		{"a listener whose name holds and",
			`Wilson told The Post and Courier on Saturday that he voted for Rubio.`,
			[]quoteWant{{"he voted for Rubio", Indirect, "Wilson", "Wilson"}}},
		{"a pronoun inside what someone says gives way to the one who says it",
			`Clinton says she appreciated what she calls a "war of unpleasant words."`,
			[]quoteWant{{`"war of unpleasant words."`, Partial, "Clinton", "Clinton"}}},
		{"it inside what someone says gives way to the one who says it",
			`Clinton met reporters. She says it shows that Trump is "unfit to be president."`,
			[]quoteWant{{`"unfit to be president."`, Partial, "She", "Clinton"}}},
		{"a thing as subject inside what someone says gives way to the one who says it",
			`Ryan said the spate of violence demands that everyone engage in "more listening."`,
			[]quoteWant{{`"more listening."`, Partial, "Ryan", "Ryan"}}},
		{"a pronoun of the other sex inside what someone says keeps the words",
			`Clinton met Trump. She said he called her "a liar."`,
			[]quoteWant{{`"a liar."`, Partial, "he", "Trump"}}},
		{"as someone put it",
			`As Steven Rosenthal, a tax lawyer, recently put it, "Did Trump lower his taxes?"`,
			[]quoteWant{{`"Did Trump lower his taxes?"`, Direct, "Steven Rosenthal", "Steven Rosenthal"}}},
		{"put it with no quotation is no cue",
			`He put it on the table and left.`, nil},
		{"a long appositive between an inverted speaker and the cue",
			`"It is fiscally responsible," Leonard Burman, director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan.`,
			[]quoteWant{{`"It is fiscally responsible,"`, Direct, "Leonard Burman", "Leonard Burman"}}},
		{"a date as the content's subject",
			`Officials said 2016 has seen the worst start on record.`,
			[]quoteWant{{"2016 has seen the worst start on record", Indirect, "Officials", "Officials"}}},
		{"a second cue after but keeps the speaker",
			`Carson admitted that the name was wrong, but said his campaign had found the article.`,
			[]quoteWant{
				{"the name was wrong", Indirect, "Carson", "Carson"},
				{"his campaign had found the article", Indirect, "Carson", "Carson"}}},
		{"a named event inside reported speech is no quote",
			`Lavrov said he would attend a "Peace Through Dialogue Forum" sponsored by the U.N.`,
			[]quoteWant{{`he would attend a "Peace Through Dialogue Forum" sponsored by the U.N.`, Indirect, "Lavrov", "Lavrov"}}},
		{"according to before content that holds commas",
			`According to a survey, 70% of adults need support, and 49% live with their parents.`,
			[]quoteWant{{"70% of adults need support, and 49% live with their parents", Indirect, "a survey", "a survey"}}},
		{"according to with an appositive",
			`According to Ann Lee, a spokeswoman for the firm, the deal is off.`,
			[]quoteWant{{"the deal is off", Indirect, "Ann Lee", "Ann Lee"}}},
		{"according to after content opening with a date",
			`In 2014, most cases were solved, according to the FBI.`,
			[]quoteWant{{"In 2014, most cases were solved", Indirect, "FBI", "FBI"}}},
		{"a headline naming its speaker before a colon",
			"Lynch: No outside influence on the inquiry.\n\nThe attorney general spoke on Monday.",
			[]quoteWant{{"No outside influence on the inquiry", Indirect, "Lynch", "Lynch"}}},
		{"a poll introduced by in as the source",
			`In a CBS News poll released Monday, 50 percent of voters chose Clinton.`,
			[]quoteWant{{"50 percent of voters chose Clinton", Indirect, "a CBS News poll", "a CBS News poll"}}},
		{"in a statement leaves the speaker to the cue",
			`In a statement, Lavrov said the talks would go on.`,
			[]quoteWant{{"the talks would go on", Indirect, "Lavrov", "Lavrov"}}},
		{"a question put to the speaker, reported",
			`Asked on Monday whether Mr. Clinton would hold a cabinet post, Mrs. Clinton shook her head.`,
			[]quoteWant{{"whether Mr. Clinton would hold a cabinet post", Indirect, "", ""}}},
		{"a verb before a nearby that keeps the content whole",
			`Zucker said the coverage would resemble that of its parent network.`,
			[]quoteWant{{"the coverage would resemble that of its parent network", Indirect, "Zucker", "Zucker"}}},
		{"that as the content's subject",
			`Lavrov said that would end the talks.`,
			[]quoteWant{{"that would end the talks", Indirect, "Lavrov", "Lavrov"}}},
		{"no opening the content's subject",
			`A lawyer for the paper, David Schulz, said no decision had been made.`,
			[]quoteWant{{"no decision had been made", Indirect, "David Schulz", "David Schulz"}}},
		{"a party label and an appositive before the cue",
			`Rep. Gregory Meeks (D-N.Y.), chairman of the caucus, said members will help.`,
			[]quoteWant{{"members will help", Indirect, "Gregory Meeks", "Gregory Meeks"}}},
		{"an aside between dashes before the cue",
			`Kall -- co-editor of a book on the debates -- said the candidate made announcements.`,
			[]quoteWant{{"the candidate made announcements", Indirect, "Kall", "Kall"}}},
		{"an inverted cue with an appositive to the end",
			`The ad could start this week, said Brian Baker, an adviser to the family who runs the campaign.`,
			[]quoteWant{{"The ad could start this week", Indirect, "Brian Baker", "Brian Baker"}}},
		{"a later cue does not swallow an earlier attribution",
			`Anna Diaz said parents would not be eligible, and when pressed on why, she declined.`,
			[]quoteWant{{"parents would not be eligible", Indirect, "Anna Diaz", "Anna Diaz"}}},
		{"a content with a contracted negative is no speaker",
			`Aparna Mathur, who studies tax policy, said the statement didn't clarify the matter.`,
			[]quoteWant{{"the statement didn't clarify the matter", Indirect, "Aparna Mathur", "Aparna Mathur"}}},
		{"a cue tagging a partial quote ends the content before it",
			`Carson said he saw no need to change his campaign, telling reporters that "we tell the truth."`,
			[]quoteWant{
				{"he saw no need to change his campaign", Indirect, "Carson", "Carson"},
				{`"we tell the truth."`, Partial, "Carson", "Carson"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Annotate(tt.text, Options{})
			assert.Equal(t, tt.want, gotQuotes(d), "in %q", tt.text)
		})
	}
}

// TestCues checks that reporting verbs well beyond "said" tag quotes, in their tenses.
func TestCues(t *testing.T) {
	for _, tt := range []struct{ cue, verb string }{
		{"said", "said"}, {"says", "says"}, {"added", "added"}, {"adds", "adds"}, {"told reporters", "told"},
		{"asked", "asked"}, {"argued", "argued"}, {"warned", "warned"}, {"wrote", "wrote"}, {"writes", "writes"},
		{"insisted", "insisted"}, {"emphasised", "emphasised"}, {"emphasized", "emphasized"}, {"urged", "urged"},
		{"tweeted", "tweeted"}, {"posted", "posted"}, {"recalled", "recalled"}, {"explained", "explained"},
		{"noted", "noted"}, {"has said", "said"}, {"had told reporters", "told"}, {"will say", "say"},
		{"replied", "replied"}, {"declared", "declared"}, {"stressed", "stressed"},
	} {
		t.Run(tt.cue, func(t *testing.T) {
			text := `"The talks must go on," Lavrov ` + tt.cue + `.`
			d := Annotate(text, Options{})
			got := gotQuotes(d)
			if assert.Len(t, got, 1) {
				assert.Equal(t, "Lavrov", got[0].mention)
				assert.Equal(t, tt.verb, d.Quotes[0].Cue.Of(text))
			}
		})
	}
}

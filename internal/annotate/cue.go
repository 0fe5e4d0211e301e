package annotate

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
)

// A cueInfo describes a word that can introduce or tag speech.
type cueInfo struct {
	verb       bool   // a form of a reporting verb
	lemma      string // its base form: "say" for "said"
	participle bool   // "saying", "adding": its subject is the clause's subject
	audience   bool   // takes a listener before the content: "told reporters", "assured them"
	ofClause   bool   // "accused Europe of ...": the content starts at the object
	speech     bool   // a verb of saying, which tags direct speech; beliefs ("think") only report
	// share is how often the form opens a cue where it occurs in news
	// (lexicon/cues.tsv); 0.25 for forms too rare there to judge.
	share float64
}

// cueStats are lexicon/cues.tsv: form, times it opens a cue, times it occurs.
//
//go:embed lexicon/cues.tsv
var cueStats string

// learnedShares reads cueStats into form → share of occurrences that cue.
func learnedShares() map[string]float64 {
	m := map[string]float64{}
	for _, line := range strings.Split(cueStats, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		cues, err1 := strconv.Atoi(f[1])
		total, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || total == 0 {
			continue
		}
		m[f[0]] = float64(cues) / float64(total)
	}
	return m
}

// isVerbForm reports whether a learned cue form has a verb's ending.
func isVerbForm(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// reportingVerbs are the lemmas of verbs that attribute speech or a stance,
// with their irregular forms where they have them (past, past participle).
// Verbs marked * take a listener ("told reporters"); ^ an "of" clause; ~ are
// verbs of stance rather than saying: they report, but never tag a direct quote.
var reportingVerbs = splitList(`say said,tell* told,add,ask,argue,warn,write wrote written,insist,emphasise,emphasize,urge,accuse^,
	tweet,post,recall,explain,note,state,declare,claim,announce,acknowledge,admit,concede,continue,
	reply,respond,suggest,predict,observe,comment,remark,report,confirm,deny,promise,vow,pledge,stress,
	caution,complain,counter,contend,maintain,assert,allege,boast,charge,conclude,exclaim,joke,lament,
	mention,proclaim,reiterate,recount,retort,reveal,shout,scream,tout,underscore,underline,testify,
	quip,muse,agree,threaten,demand,advise*,answer,inform*,assure*,notify*,remind*,indicate,hint,affirm,
	blast,criticise^,criticize^,dismiss,reject,acknowledge,describe,estimate,forecast forecast forecast,
	caution*,whisper,yell,cry,sigh,snap,grumble,plead,beg,recommend,propose,signal,disclose,divulge,
	specify,clarify,elaborate,opine,posit,surmise,speculate,theorize,theorise,point,summarize,summarise,
	brag,concur,scoff,rail,fume,marvel,gush,wonder,question,query,inquire,enquire,counsel,instruct*,
	order,command,implore*,urge*,beseech,rule,find found,believe~,think~ thought,feel~ felt,
	know~ knew known,expect~,hope~,fear~,worry~,doubt~,suspect~,contend,reckon~,guess~,assume~,
	acknowledge,learn~ learned,hear~ heard,understand~ understood,insist,announce,decry,denounce,
	condemn,praise,hail,slam,attack,applaud,welcome,thank,liken,label,characterize,characterise,portray,
	depict,lambast,mock,ridicule,deride,brand,laud,commend,extol,chant,tout,sing sang sung,
	read read read,show~ showed`)

// cuePhrases attribute speech in more than one word, by their first word.
var cuePhrases = phrasesByFirstWord(
	"according to", "pointed out", "points out", "went on", "goes on", "made clear", "makes clear",
	"quoted as saying", "spelled out", "noted that", "weighed in", "chimed in", "called for",
	"called on", "calls for", "calls on", "summed up", "shot back", "fired back", "hit back",
	"hit out", "lashed out", "spoke out", "insisted that", "reiterated that",
	"put it", // "As Steven Rosenthal put it, "…""
	"puts it",
	"gave evidence", "gives evidence", // a witness in court: "gave evidence that Ms Brennan arrived at 6.40am"
	"accepted that", "accepts that", // under cross-examination: "he accepted that no DNA … had been recovered"
	"submitted that", "submits that", "directed that", // counsel and the court: "senior counsel Anjali Mehrotra submitted that the GCC had served …"
)

// phrasesByFirstWord maps the first word of each phrase to the phrases it
// opens, in their order.
func phrasesByFirstWord(phrases ...string) map[string][]string {
	m := make(map[string][]string, len(phrases))
	for _, p := range phrases {
		w, _, _ := strings.Cut(p, " ")
		m[w] = append(m[w], p)
	}
	return m
}

// cueWords maps every form of every reporting verb to what it is: the
// hand-made list above (handCues), and the verb forms that open cues often
// in news (lexicon/cues.tsv), which only report.
var cueWords = func() map[string]cueInfo {
	shares := learnedShares()
	m := make(map[string]cueInfo, len(handCues)+64)
	for form, info := range handCues {
		info.share = 0.25 // rare in news: a cue only in a clear context
		if sh, ok := shares[form]; ok {
			info.share = sh
		}
		m[form] = info
	}
	for form, sh := range shares {
		if _, ok := m[form]; !ok && learnedCue(form, sh) {
			m[form] = cueInfo{verb: true, lemma: form, participle: strings.HasSuffix(form, "ing"), share: sh}
		}
	}
	return m
}()

// learnedCue reports whether form, not one of the hand-made reporting
// verbs', counts as a cue for opening one in share of its occurrences in
// news.
func learnedCue(form string, share float64) bool { return share >= 0.4 && isVerbForm(form) }

// CueFormUsed reports whether the annotator reads the counts of form, which
// opens a cue cues times in total occurrences in news: a form of a
// hand-made reporting verb, or a verb form that opens a cue often. For
// cmd/learncues, which writes only those.
func CueFormUsed(form string, cues, total int) bool {
	_, hand := handCues[form]
	return hand || total > 0 && learnedCue(form, float64(cues)/float64(total))
}

// handCues maps every form of every hand-made reporting verb to what it is.
var handCues = func() map[string]cueInfo {
	m := make(map[string]cueInfo, len(reportingVerbs)*5)
	for _, entry := range reportingVerbs {
		f := strings.Fields(entry)
		lemma := f[0]
		info := cueInfo{verb: true, speech: true}
		for {
			switch lemma[len(lemma)-1] {
			case '*':
				info.audience = true
			case '^':
				info.ofClause = true
			case '~':
				info.speech = false
			default:
				goto done
			}
			lemma = lemma[:len(lemma)-1]
		}
	done:
		info.lemma = lemma
		past := []string{regularPast(lemma)}
		if len(f) > 1 {
			past = f[1:]
		}
		forms := append([]string{lemma, thirdPerson(lemma)}, past...)
		for _, form := range forms {
			if _, ok := m[form]; !ok {
				m[form] = info
			}
		}
		p := info
		p.participle = true
		m[presentParticiple(lemma)] = p
	}
	for _, lemma := range []string{"want", "plan", "intend", "aim", "prefer", "seek"} {
		if _, ok := m[lemma]; !ok {
			info := cueInfo{verb: true, lemma: lemma}
			for _, form := range []string{lemma, thirdPerson(lemma), regularPast(lemma), presentParticiple(lemma)} {
				m[form] = info
			}
		}
	}
	m["sought"] = cueInfo{verb: true, lemma: "seek"}
	return m
}()

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"):
		return v + "es"
	}
	return v + "s"
}

func regularPast(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		return v[:len(v)-1] + "ied"
	case doublesFinal(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

func presentParticiple(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	case doublesFinal(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}

// doublesFinal reports whether a one-syllable verb ending consonant-vowel-consonant
// doubles its last letter: "snap" → "snapped", "quip" → "quipped".
func doublesFinal(v string) bool {
	switch v {
	case "snap", "quip", "beg", "brag", "rail", "admit", "regret", "commit", "hit", "shot", "slam", "blast":
		return v != "rail" && v != "blast" && v != "shot"
	}
	return false
}

// ReportingVerbForms lists every form of the hand-made reporting verbs, for
// cmd/learncues, which counts how often each opens a cue in news.
func ReportingVerbForms() []string {
	forms := make([]string, 0, len(handCues))
	for f, info := range handCues {
		if info.lemma != f || info.speech || !info.participle {
			forms = append(forms, f)
		}
	}
	sort.Strings(forms)
	return forms
}

// cueAt returns the reporting-verb information for word w (any case).
func cueAt(w string) (cueInfo, bool) {
	c, ok := cueWords[lower(w)]
	return c, ok
}

// The word lists of this file's rules, each built at start-up from its
// entry in cueLists (see wordSets).
var notGoingOn, intentLemmas map[string]bool

var cueLists = wordSets{
	// notGoingOn follow "went on" and "goes on" where they say what happened,
	// not that someone spoke on: "goes on sale", "went on trial".
	{&notGoingOn, `sale trial strike display record holiday leave air tour vacation a an`},
	// intentLemmas report a stance with an infinitive: "Clinton wants to triple
	// AmeriCorps", "Lavrov vowed to block the resolution". The content is the
	// infinitive clause, "to" included.
	{&intentLemmas, `want plan vow pledge promise threaten propose refuse decline agree hope intend seek sought aim
		offer vowed expect prefer`},
}

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/nlp"
	"github.com/newsgraph/newsgraph/nlp/nereval"
)

// evalNERCommand scores the real extraction path (sentences, tokens, tagger
// and entity resolution) against gold named-entity data.
func evalNERCommand() *cli.Command {
	return &cli.Command{
		Name:  "ner",
		Usage: "score person, place and organization extraction against gold data",
		Description: `Reads gold data, rebuilds each document's text from its tokens, runs the
same extraction as 'build' on it, maps the entities found back to the gold
tokens by byte offsets and prints strict CoNLL-style precision, recall and F1
(exact span and class) per class and micro-averaged.

Gold formats, chosen by extension:
   .csv    Groningen Meaning Bank NER CSV (Sentence #,Word,POS,Tag)
   other   CoNLL: TOKEN<TAB or space>...TAG, BIO or IO tags, blank line between
           sentences, -DOCSTART- between documents

Labels: PER/PERSON/Person/per, LOC/Location/GPE/geo/gpe/Place,
ORG/Organization/Organisation/org; everything else is ignored.

Conventions: the gold is scored as the file has it (the corpus's own
spans), which is how the NER targets and prose's baseline scores are
stated. Where corpora disagree on span edges, every system's predictions
(never the gold) are adapted to the file's convention, the same way for
newsgraph and for prose (see nereval.Convention):
   gmb     titles inside person spans ("President Hugo Chavez"),
           nationality words ("Iraqi") are gpe, scored as LOC
   re3d    titles inside person spans, nationality words not scored;
           every mention is marked, not only names ("the government",
           "he", "the United Nations"), so newsgraph reports its
           mentions (nlp.Analysis.Mentions) with its names
   conll   names only (no titles), nationality words MISC, not scored
   none    no adaptation: predictions scored exactly as reported
--convention auto (the default) picks gmb for GMB labels (geo, gpe, per,
...), re3d for re3d labels (Person, Location, Organisation, Nationality,
...), conll otherwise. --conll-spans rewrites the gold itself to CoNLL-2003
names-only spans (nereval.Normalize: titles cut from persons, nationality
words dropped, countries tagged ORG made LOC) and scores with the conll
convention; numbers from it are not comparable with the targets.

Systems: --system newsgraph (the extraction path of 'build') or prose
(prose's default pipeline and NER model, the baseline; slow).

Example:
   newsgraph eval ner --gold test.conll --format json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Required: true, Usage: "gold `FILE` (.csv for GMB, else CoNLL)"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"},
			&cli.BoolFlag{Name: "conll-spans", Usage: "rewrite the gold to names only, as CoNLL-2003 marks them (see below)"},
			&cli.StringFlag{Name: "convention", Value: "auto", Usage: "span `CONVENTION` of the gold: auto, gmb, re3d, conll or none (see below)"},
			&cli.StringFlag{Name: "system", Value: "newsgraph", Usage: "`SYSTEM` to score: newsgraph, or prose (prose's default pipeline and NER model, the baseline)"},
			&cli.BoolFlag{Name: "show-errors", Usage: "print each sentence with a missed (-) or wrong (+) entity to stderr"},
		},
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if format != "text" && format != "json" {
				return cli.Exit(fmt.Sprintf("--format %q: want text or json", format), 1)
			}
			docs, err := readGold(c.String("gold"))
			if err != nil {
				return cli.Exit(err.Error(), 1)
			}
			if name := c.String("convention"); name != "auto" {
				conv, ok := nereval.ConventionNamed(name)
				if !ok {
					return cli.Exit(fmt.Sprintf("--convention %q: want auto, gmb, re3d, conll or none", name), 1)
				}
				for i := range docs {
					docs[i].Convention = conv
				}
			}
			if c.Bool("conll-spans") {
				docs = nereval.Normalize(docs)
			}
			var system func(string, nereval.Convention) []nereval.Mention
			switch c.String("system") {
			case "newsgraph":
				x, err := nlp.NewExtractor()
				if err != nil {
					return err
				}
				system = func(text string, conv nereval.Convention) []nereval.Mention {
					return mentionsForEval(x.Analyze(text, ""), conv.Mentions)
				}
			case "prose":
				p := newProseDefault()
				system = func(text string, _ nereval.Convention) []nereval.Mention { return p.mentions(text) }
			default:
				return cli.Exit(fmt.Sprintf("--system %q: want newsgraph or prose", c.String("system")), 1)
			}
			var errs io.Writer
			if c.Bool("show-errors") {
				errs = c.App.ErrWriter
			}
			res := evalNER(system, docs, errs)
			res.system = c.String("system")
			return res.write(c.App.Writer, format, c.String("gold"))
		},
	}
}

func readGold(path string) ([]nereval.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gold data: %w", err)
	}
	defer f.Close()
	read := nereval.ReadCoNLL
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		read = nereval.ReadGMB
	}
	docs, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("gold data %s: %w", path, err)
	}
	return docs, nil
}

// nerResult is one evaluation run.
type nerResult struct {
	scores     nereval.Scores
	words      int
	seconds    float64
	dropped    int // predicted mentions that did not fall inside one gold sentence
	convention string
	system     string
}

// evalNER runs x over every document's rebuilt text and scores the
// resolved entities' mentions. Only Analyze is timed.
func evalNER(system func(text string, conv nereval.Convention) []nereval.Mention, docs []nereval.Document, errs io.Writer) nerResult {
	var r nerResult
	for _, d := range docs {
		t := nereval.Detokenize(d)
		conv := d.Conv()
		start := time.Now()
		ms := system(t.Text, conv)
		r.seconds += time.Since(start).Seconds()
		pred, dropped := t.SpansAt(ms)
		r.dropped += dropped
		for i := range pred {
			pred[i] = conv.Adapt(d.Sentences[i].Tokens, pred[i])
		}
		r.convention = conv.Name
		r.scores.Add(nereval.Score(d.Spans(), pred))
		if errs != nil {
			nereval.WriteErrors(errs, d, pred)
		}
		for _, s := range d.Sentences {
			r.words += len(s.Tokens)
		}
	}
	return r
}

// mentionsForEval lists every mention of every entity with its class.
// A nationality word ("Russian" in "Russian forces") is a mention of its
// country, a place; whether the gold scores it so is the convention's
// business (nereval.Convention.Adapt), for every system alike. With
// references (a corpus that marks every mention, not only names: re3d),
// the analysis's references are reported too, and a Named reference
// stands for the name mentions it contains ("the United Nations" for
// "United Nations").
func mentionsForEval(an nlp.Analysis, references bool) []nereval.Mention {
	classOf := map[nlp.Kind]string{nlp.Person: "PER", nlp.Place: "LOC", nlp.Organization: "ORG"}
	var out []nereval.Mention
	for _, e := range an.Entities {
		cls := classOf[e.Kind]
		if cls == "" {
			continue
		}
	names:
		for _, m := range e.Mentions {
			if references {
				for _, r := range an.Mentions {
					if r.Kind == nlp.Named && r.Start <= m.Start && m.End <= r.End {
						continue names
					}
				}
			}
			out = append(out, nereval.Mention{Start: m.Start, End: m.End, Class: cls})
		}
	}
	if !references {
		return out
	}
	for _, r := range an.Mentions {
		if cls := classOf[r.Class]; cls != "" {
			out = append(out, nereval.Mention{Start: r.Start, End: r.End, Class: cls})
		}
	}
	return out
}

type prf struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func prfOf(c nereval.Counts) prf {
	round := func(x float64) float64 { return math.Round(x*10000) / 10000 }
	return prf{P: round(c.P()), R: round(c.R()), F1: round(c.F1())}
}

func (r nerResult) write(w io.Writer, format, gold string) error {
	if format == "json" {
		out := map[string]any{
			"PER":        prfOf(r.scores.PerClass["PER"]),
			"LOC":        prfOf(r.scores.PerClass["LOC"]),
			"ORG":        prfOf(r.scores.PerClass["ORG"]),
			"micro":      prfOf(r.scores.Micro),
			"words":      r.words,
			"convention": r.convention,
			"system":     r.system,
			"seconds":    math.Round(r.seconds*1000) / 1000,
		}
		enc := json.NewEncoder(w)
		return enc.Encode(out)
	}
	wps := 0.0
	if r.seconds > 0 {
		wps = float64(r.words) / r.seconds
	}
	_, err := fmt.Fprintf(w, "%s: %d words, convention %s, extraction %.2fs (%.0f words/s)\n%s", gold, r.words, r.convention, r.seconds, wps, r.scores)
	if err == nil && r.dropped > 0 {
		_, err = fmt.Fprintf(w, "(%d predicted mentions crossed a gold sentence break and count as nothing)\n", r.dropped)
	}
	return err
}

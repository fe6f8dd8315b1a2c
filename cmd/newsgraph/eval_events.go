package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/nlp"
	"github.com/newsgraph/newsgraph/nlp/eventeval"
)

// evalEventsCommand scores the real extraction path (one Extractor, Analyze
// per sentence) against gold event sentences.
func evalEventsCommand() *cli.Command {
	return &cli.Command{
		Name:  "events",
		Usage: "score event extraction against gold sentences",
		Description: `Reads gold JSON Lines {"id","text","type","actors":[..],"targets":[..]}; a line with
an empty type is a sentence with no event (detection precision needs those).
Reports detection P/R/F1 per sentence, type accuracy of the main event on detected
gold events, and actor and target P/R/F1: each participant is the noun phrase the
event gives for it (actor_text, target_text), which may name no entity ("riot
police"); a match shares a word with the gold text. --errors lists each sentence
whose type, actors or targets are wrong, with the trigger and both sides' texts.

--split dev|heldout keeps the sentences whose id hashes to that half (see
eventeval.Split); tune on dev, report held-out.

Example:
   newsgraph eval events --gold /work/shared/data/events/plover-dev.jsonl \
     --gold testdata/events/negatives-meantime.jsonl --split heldout`,
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "gold", Usage: "gold `FILE.jsonl` (repeat to combine files)", Required: true},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"},
			&cli.StringFlag{Name: "split", Value: "all", Usage: "all, dev or heldout"},
			&cli.BoolFlag{Name: "errors", Usage: "list the sentences scored wrong (text format)"},
		},
		Action: func(c *cli.Context) error {
			var gold []eventeval.Gold
			for _, path := range c.StringSlice("gold") {
				g, err := eventeval.ReadFile(path)
				if err != nil {
					return cli.Exit(err.Error(), 1)
				}
				gold = append(gold, g...)
			}
			split := c.String("split")
			if split != "all" && split != "dev" && split != "heldout" {
				return cli.Exit(fmt.Sprintf("--split %q: want all, dev or heldout", split), 1)
			}
			gold = eventeval.Only(gold, split)
			x, err := nlp.NewExtractor()
			if err != nil {
				return err
			}
			rep := eventeval.Score(gold, func(text string) nlp.Analysis { return x.Analyze(text, "") })
			switch c.String("format") {
			case "json":
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			case "text":
				printEventReport(c.App.Writer, rep, c.Bool("errors"))
				return nil
			}
			return cli.Exit(fmt.Sprintf("--format %q: want text or json", c.String("format")), 1)
		},
	}
}

func printEventReport(w io.Writer, r eventeval.Report, errs bool) {
	fmt.Fprintf(w, "sentences %d (%d with an event, %d without)\n", r.Sentences, r.Positives, r.Negatives)
	line := func(name string, s eventeval.PRF) {
		fmt.Fprintf(w, "%-10s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)\n", name, s.P, s.R, s.F1, s.TP, s.FP, s.FN)
	}
	line("detection", r.Detection)
	fmt.Fprintf(w, "%-10s %.3f\n", "type acc", r.TypeAccuracy)
	line("actor", r.Actor)
	line("target", r.Target)
	if errs {
		for _, e := range r.Errors {
			fmt.Fprintf(w, "  gold %-9s got %-9s %s\n", orNone(e.Gold.Type), orNone(e.Got), e.Gold.Text)
			if e.Got != "" && e.Gold.Positive() {
				fmt.Fprintf(w, "      trigger %q  actors gold %q got %q  targets gold %q got %q\n",
					e.Trigger, e.Gold.Actors, e.Actors, e.Gold.Targets, e.Targets)
			}
		}
	}
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

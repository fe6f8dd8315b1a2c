package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// exitSkipped is the exit status of a run that finished but skipped inputs.
const exitSkipped = 2

var skipBadFlag = &cli.BoolFlag{
	Name:  "skip-bad",
	Usage: "exit 0 even when unreadable inputs were skipped (they are still reported)",
}

func requirePaths(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.Exit(fmt.Sprintf("no input: name files, folders, globs, or - for stdin (see 'newsgraph %s --help')", c.Command.Name), 1)
	}
	return nil
}

// finish prints the summary and turns skipped inputs into the exit status.
func finish(c *cli.Context, rep *report, what string, attrs ...any) error {
	rep.summary(what, attrs...)
	if len(rep.skipped) > 0 && !c.Bool(skipBadFlag.Name) {
		return cli.Exit(fmt.Sprintf("%d inputs were skipped (listed above); --skip-bad accepts that", len(rep.skipped)), exitSkipped)
	}
	return nil
}

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "write the graph as files, no server needed",
		ArgsUsage: "PATH...",
		Description: `Writes into --out:
   graph.json      {"nodes":[{"id","labels","properties"}],"relationships":[{"type","start","end","properties"}]}
   graph.graphml   for Gephi, yEd, NetworkX
   graph.html      the graph drawn in one self-contained page, for a first look
   load.cypher     cypher-shell script that loads the same graph idempotently
   neo4j-admin/    CSVs and import.sh for 'neo4j-admin database import full' (fastest first load)

The articles are merged a batch at a time in a scratch file in --out
(newsgraph-*.db, removed at the end), as load merges them into Neo4j, so
memory does not grow with the input.

Example:
   newsgraph build testdata/articles --out out/`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Usage: "output `DIR`"},
			skipBadFlag,
		}, append(inputFlags(), reportFlags()...)...),
		Action: func(c *cli.Context) error {
			if err := requirePaths(c); err != nil {
				return err
			}
			paths := c.Args().Slice()
			in, err := inputOptions(c, paths)
			if err != nil {
				return err
			}
			rep := newReport(c, paths)
			dir := c.String("out")
			stats, st, err := buildFiles(c.Context, paths, in, rep, dir)
			if errors.Is(err, context.Canceled) {
				return cli.Exit("interrupted: nothing written", exitInterrupted)
			}
			if err != nil {
				return err
			}
			dups := st.Duplicates
			return finish(c, rep, fmt.Sprintf("%d duplicates left out; wrote %s: %s", dups, dir, stats), "duplicates", dups, "out", dir)
		},
	}
}

// extractRecord is one line of 'newsgraph extract' output.
type extractRecord struct {
	ID        string         `json:"id"`
	Title     string         `json:"title,omitempty"`
	Source    string         `json:"source,omitempty"`
	URL       string         `json:"url,omitempty"`
	Published string         `json:"published,omitempty"`
	Entities  []extractedEnt `json:"entities"`
	Events    []nlp.Event    `json:"events"`
	// Mentions are the phrases that mention a person, place or
	// organisation, named or not (nlp.Analysis.Mentions); only the
	// entities go into the graph.
	Mentions []nlp.Reference `json:"mentions"`
}

type extractedEnt struct {
	ID       string        `json:"id"`
	Type     nlp.Kind      `json:"type"`
	Name     string        `json:"name"`
	Aliases  []string      `json:"aliases"`
	Mentions []nlp.Mention `json:"mentions"`
}

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print each article's entities and events as JSON Lines",
		ArgsUsage: "PATH...",
		Description: `One JSON object a line, one line an article, in input order: id, title,
source, url, published, entities (id, type, name, aliases, mentions with byte
offsets into the article text and sentence index), events, and mentions: every
phrase that mentions a person, place or organisation, named or not (kind
"name" with the entity it refers to, "nominal" as in "the government", or
"pronoun"; class, byte offsets, sentence, text). Nominal and pronoun mentions
are not entities, and the graph does not hold them.

Example:
   newsgraph extract testdata/articles | jq '.entities[].name'`,
		Flags: append([]cli.Flag{skipBadFlag}, append(inputFlags(), reportFlags()...)...),
		Action: func(c *cli.Context) error {
			if err := requirePaths(c); err != nil {
				return err
			}
			paths := c.Args().Slice()
			in, err := inputOptions(c, paths)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(c.App.Writer)
			enc := json.NewEncoder(w)
			rep := newReport(c, paths)
			err = analyzeAll(c.Context, paths, in, rep, true, nil, func(a article.Article, an nlp.Analysis, _ graph.Known) error {
				return enc.Encode(newExtractRecord(a, an))
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			return finish(c, rep, "extracted")
		},
	}
}

func newExtractRecord(a article.Article, an nlp.Analysis) extractRecord {
	rec := extractRecord{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published,
		Entities: []extractedEnt{}, Events: an.Events}
	for _, e := range an.Entities {
		rec.Entities = append(rec.Entities, extractedEnt{ID: e.ID, Type: e.Kind, Name: e.Name, Aliases: e.Aliases, Mentions: e.Mentions})
	}
	if rec.Events == nil {
		rec.Events = []nlp.Event{}
	}
	rec.Mentions = an.Mentions
	if rec.Mentions == nil {
		rec.Mentions = []nlp.Reference{}
	}
	return rec
}

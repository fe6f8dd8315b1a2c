package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/graph"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the graph in Neo4j, or a part of it, as files",
		Description: `Reads the graph out of Neo4j and writes it with the writers 'build' uses,
so the same articles give the same files either way:
   --format json      graph.json's shape, for scripts, NetworkX, jq
   --format graphml   for Gephi, yEd, NetworkX, igraph
   --format csv       --out is a folder: the neo4j-admin CSVs (one file a
                      label and a type, with headers) and import.sh
   --format html      the self-contained graph.html page
Without --entity or --since/--until the whole graph is written. --entity
(an id or a name, repeat it) keeps those entities and everything within
--depth steps of them; --since/--until keep the articles published in the
period and what they mention and report (with --entity: leave out the
articles outside it). Relationships between kept nodes are kept.

Examples:
   newsgraph export --format graphml --out news.graphml
   newsgraph export --format json --entity 'Volodymyr Zelensky' --depth 2 --out zelensky.json
   newsgraph export --format csv --since 2025-01-01 --until 2025-01-31 --out january/`,
		Flags: append(neo4jFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "json", Usage: "json, graphml, csv or html"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "output `FILE` (a folder for csv; - or none: standard output)"},
			&cli.StringSliceFlag{Name: "entity", Aliases: []string{"e"}, Usage: "keep the graph around this entity `ID|NAME` (repeat)"},
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "steps out from --entity, over any relationship"},
			&cli.StringFlag{Name: "since", Usage: "first day `YYYY-MM-DD` of the articles kept"},
			&cli.StringFlag{Name: "until", Usage: "last day `YYYY-MM-DD` of the articles kept"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return cli.Exit(fmt.Sprintf("export takes no arguments, got %q: select with --entity, --since, --until", c.Args().Slice()), 1)
			}
			sel := graph.Selection{Entities: c.StringSlice("entity"), Depth: c.Int("depth"), Since: c.String("since"), Until: c.String("until")}
			if err := checkSelection(sel); err != nil {
				return cli.Exit(err.Error(), 1)
			}
			format, out := c.String("format"), c.String("out")
			if _, ok := exportWriters[format]; !ok && format != "csv" {
				return cli.Exit(fmt.Sprintf("unknown --format %q: use json, graphml, csv or html", format), 1)
			}
			if format == "csv" && (out == "" || out == "-") {
				return cli.Exit("--format csv writes a folder of files: name it with --out", 1)
			}
			db, err := openNeo4j(c)
			if err != nil {
				return err
			}
			defer db.Close(c.Context)
			g, err := db.ReadGraph(c.Context, sel)
			if err != nil {
				return err
			}
			if err := writeExport(c, g, format, out); err != nil {
				return err
			}
			fmt.Fprintf(c.App.ErrWriter, "exported from %s: %s\n", c.String("uri"), g.Stats())
			return nil
		},
	}
}

// exportWriters are the single-file formats; csv is a folder.
var exportWriters = map[string]func(io.Writer, graph.Source) error{
	"json":    graph.WriteJSON,
	"graphml": graph.WriteGraphML,
	"html":    graph.WriteHTML,
}

// writeExport writes g in format to out, the same writers build uses.
func writeExport(c *cli.Context, g graph.Source, format, out string) error {
	if format == "csv" {
		return graph.WriteAdminImport(out, g) // its errors name the file
	}
	return withOutput(c, out, func(w io.Writer) error {
		if err := exportWriters[format](w, g); err != nil {
			return fmt.Errorf("writing the %s export: %w", format, err)
		}
		return nil
	})
}

// checkSelection rejects what would silently select nothing or everything.
func checkSelection(sel graph.Selection) error {
	for _, d := range []struct{ flag, v string }{{"since", sel.Since}, {"until", sel.Until}} {
		if d.v != "" && !isISODate(d.v) {
			return fmt.Errorf("--%s %q: want a date YYYY-MM-DD", d.flag, d.v)
		}
	}
	if sel.Since != "" && sel.Until != "" && sel.Since > sel.Until {
		return fmt.Errorf("--since %s is after --until %s", sel.Since, sel.Until)
	}
	if sel.Depth < 0 {
		return fmt.Errorf("--depth %d: want 0 or more", sel.Depth)
	}
	return nil
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

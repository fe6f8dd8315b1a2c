// Command newsgraph turns news articles into a graph of people, places,
// organizations and events, as files or in Neo4j.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/urfave/cli/v2"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C ends the process at once
	}()
	app := newApp()
	if err := app.RunContext(ctx, flagsFirst(app, os.Args)); err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		if ec, ok := err.(cli.ExitCoder); ok {
			os.Exit(ec.ExitCode())
		}
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:  "newsgraph",
		Usage: "turn news articles into a graph of people, places, organizations and events",
		Description: `Reads articles (.txt dumps, .html, .jsonl/.json, .md digests; files, folders,
globs, or - for stdin),
finds the people, places and organizations they name and the events they
report, and writes one merged graph: as files with 'build', into Neo4j with
'load'.

Examples:
   newsgraph build testdata/articles --out out/
   newsgraph extract 'feeds/*.jsonl' > analyses.jsonl
   NEO4J_PASSWORD=secret newsgraph load testdata/articles
   newsgraph schema --uri neo4j+s://xxxx.databases.neo4j.io`,
		Commands: []*cli.Command{
			buildCommand(),
			extractCommand(),
			loadCommand(),
			deleteCommand(),
			schemaCommand(),
			evalCommand(),
			queryCommand(),
			exportCommand(),
		},
	}
}

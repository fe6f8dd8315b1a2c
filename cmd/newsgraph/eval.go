package main

import "github.com/urfave/cli/v2"

// evalCommand groups the measurements of extraction quality against gold data.
func evalCommand() *cli.Command {
	return &cli.Command{
		Name:        "eval",
		Usage:       "measure extraction quality against gold data",
		Subcommands: []*cli.Command{evalNERCommand(), evalEventsCommand()},
	}
}

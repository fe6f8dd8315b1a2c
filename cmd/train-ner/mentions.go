package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/nlp/ner"
	"github.com/newsgraph/newsgraph/nlp/nereval"
)

// mentionFolds is the number of cross-validation folds for the mention
// model: its training data is small (some 340 sentences), so more folds
// give a steadier learning curve.
const mentionFolds = 5

// The mention model's defaults (flags -mention-max-epochs, -mention-bits).
const (
	defaultMentionMaxEpochs = 40
	defaultMentionBits      = 17
)

// runMentions trains the mention model (nlp/ner/mentions.bin): the same
// tagger as the names model, trained on re3d's own spans, which mark
// every mention of a person, place or organisation, named or not: names
// with their titles and leading "the" ("the United Nations", "President
// Obama"), descriptions ("the hospital lab", "coalition forces") and
// pronouns ("he", "they"). Only the sentences whose licence allows
// shipping a model are used (see NOTICE and excluded.go); the corpus is
// split by sentence, as for the names model. Epochs are chosen by
// cross-validation on the training part alone; the model trained on
// train is scored on dev, and the shipped one, trained on train+dev, on
// the held-out test, all with re3d's own spans and all sources.
//
// nlp.Extractor runs it beside the names model: a mention that contains a
// resolved name belongs to that name's entity; the others (descriptions
// and pronouns) are kept as mentions only and never become entities.
func runMentions(data, out string, epochs, maxEpochs, folds int, bits uint) error {
	corpora, err := loadCorpora(data)
	if err != nil {
		return err
	}
	var c *corpus
	for i := range corpora {
		if corpora[i].mentionTrain != nil {
			c = &corpora[i]
		}
	}
	if c == nil {
		return errors.New("mention model: no corpus with mention spans")
	}
	fmt.Printf("\n== mention model (re3d's own spans, shippable sentences) ==\n%s docs train/dev %d/%d, train tokens %d\n",
		c.name, len(c.mentionTrain), len(c.mentionDev), tokens(c.mentionTrain))
	if epochs == 0 {
		epochs = crossValidate(c.mentionTrain, folds, maxEpochs, bits, runs)
	}
	fmt.Printf("\nmention epochs: %d\n", epochs)
	m := ner.Train(examples(c.mentionTrain), ner.TrainConfig{Epochs: epochs, Bits: bits, Seed: 1, Runs: runs})
	fmt.Println("\n== mention model, dev (trained on train) ==")
	report(c.name+" dev (own spans, all sources)", m, c.evalDev)
	report(c.name+" dev (own spans, shippable sentences)", m, c.mentionDev)
	if devModel {
		return writeModel(out, m, "the train-only mention model (for dev analysis, not for shipping)")
	}
	final := ner.Train(examples(append(append([]nereval.Document{}, c.mentionTrain...), c.mentionDev...)), ner.TrainConfig{Epochs: epochs, Bits: bits, Seed: 1, Runs: runs})
	fmt.Println("\n== mention model, held-out test (shipped model, trained on train+dev) ==")
	report(c.name+" test (own spans, all sources)", final, c.evalTest)
	return writeModel(out, final, "the mention model")
}

func writeModel(path string, m *ner.Model, what string) error {
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", what, err)
	}
	fmt.Printf("\nwrote %s to %s (%d bytes)\n", what, path, buf.Len())
	return nil
}

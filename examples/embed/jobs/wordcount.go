// A job: counts the words of the documents the host gives it and keeps a running total in a
// package variable (it persists between calls on the same Program).
package main

import (
	"strings"

	"runner"
)

var documentsSeen int

// Run is called by the host once per input.
func Run(docID string) map[string]int {
	text, ok := runner.Fetch(docID)
	if !ok {
		panic("no such document: " + docID)
	}
	documentsSeen++
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[strings.Trim(w, ".,;!?")]++
	}
	runner.Log("counted " + docID)
	return counts
}

// Seen reports how many documents this job has processed.
func Seen() int { return documentsSeen }

func main() {}

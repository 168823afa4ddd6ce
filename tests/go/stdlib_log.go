package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type Server struct {
	logger *log.Logger
	name   string
}

func (s *Server) handle(req string) {
	s.logger.Printf("handling %q", req)
	if req == "" {
		s.logger.Println("empty request")
	}
}

func main() {
	var buf bytes.Buffer
	logger := log.New(&buf, "app: ", 0)
	logger.Println("starting", 3, "workers")
	logger.Printf("value=%d", 42)
	logger.Print("no newline")
	logger.Print("has newline\n")
	logger.SetPrefix("[svc] ")
	logger.SetFlags(log.Lmsgprefix)
	logger.Println("after flags")
	fmt.Print(buf.String())
	fmt.Println(logger.Prefix(), logger.Flags() == log.Lmsgprefix)

	var sb strings.Builder
	l2 := log.New(&sb, "", log.Lshortfile)
	l2.Println("where am I")
	func() { l2.Printf("in closure %d", 1) }()
	fmt.Print(sb.String())

	s := &Server{log.New(os.Stdout, "srv ", log.Lmsgprefix), "x"}
	s.handle("GET /")
	s.handle("")

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std logger to stdout")
	log.Printf("%s=%v", "k", []int{1, 2})
	fmt.Println(log.Flags(), log.Prefix() == "")
	defer fmt.Println("deferred: not run by log.Fatal")
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		log.Panicf("bad thing %d", 7)
	}()
	log.SetOutput(os.Stderr)
	log.Fatalln("fatal:", "exiting")
}

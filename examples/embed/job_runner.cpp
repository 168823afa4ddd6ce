// job_runner: a small host application that embeds Weft. Its jobs are Go scripts (jobs/*.go)
// that import the host package "runner" (functions defined here in C++) and export a Run
// function the host calls with C++ values. Each job runs on its own host thread in its own
// weft::Runtime; a watchdog interrupts jobs that take too long. The pipeline job shows channels
// shared by host threads and goroutines (weft::Chan) and a blocking host function.
//
//   job_runner JOBS_DIR
//
// Prints one block per job, in job order, and exits 0 when every job behaved as expected.
#include <weft/weft.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

// What the host offers every job (the "runner" package).
void defineRunner(weft::Runtime& rt, std::ostringstream& log) {
  static const std::map<std::string, std::string> documents = {
      {"doc1", "The quick brown fox jumps over the lazy dog."},
      {"doc2", "The dog sleeps; the fox runs!"},
  };
  static const std::map<std::string, double> prices = {
      {"bolt", 0.25}, {"nut", 0.1}, {"gear", 12.5}};
  rt.define("runner", "Fetch", [](const std::string& id) {
    auto it = documents.find(id);
    return it == documents.end() ? std::make_tuple(std::string(), false)
                                 : std::make_tuple(it->second, true);
  });
  rt.define("runner", "Log", [&log](std::string_view msg) { log << "  log: " << msg << "\n"; });
  rt.define("runner", "Price", [](const std::string& item) {
    auto it = prices.find(item);
    if (it == prices.end()) throw std::invalid_argument("no price for " + item);
    return it->second;
  });
  // A slow lookup (think: a database query). weft::blocking runs it on the Runtime's pool for
  // blocking calls while the calling goroutine waits, so it never holds up a VM worker.
  rt.define("runner", "Stock", weft::blocking([](const std::string& item) {
              static const std::map<std::string, int> stock = {
                  {"bolt", 120}, {"nut", 300}, {"gear", 4}, {"spring", 17}};
              std::this_thread::sleep_for(std::chrono::milliseconds(20));
              auto it = stock.find(item);
              return it == stock.end() ? 0 : it->second;
            }));
  rt.define("runner", "Sorted", [](const std::map<std::string, int>& m) {
    std::vector<std::string> keys;
    for (auto& [k, v] : m) keys.push_back(k);
    return keys;  // std::map iterates in key order
  });
}

// Interrupts `rt` unless disarmed within `limit`.
class Watchdog {
 public:
  Watchdog(weft::Runtime& rt, std::chrono::milliseconds limit)
      : thread_([this, &rt, limit] {
          std::unique_lock lock(mu_);
          if (!cv_.wait_for(lock, limit, [this] { return disarmed_; })) {
            // Keep interrupting until disarmed: interrupt() only affects a call in progress.
            while (!disarmed_) {
              rt.interrupt();
              cv_.wait_for(lock, std::chrono::milliseconds(5));
            }
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mu_);
      disarmed_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool disarmed_ = false;
  std::thread thread_;
};

// Runs one job; returns its report and whether it behaved as expected.
bool runJob(const std::filesystem::path& file, std::string& report) {
  std::ostringstream out;
  std::string name = file.stem().string();
  out << "job " << name << ":\n";
  weft::Options options;
  options.max_heap_bytes = 64 << 20;
  options.out = [&out](std::string_view s) { out << "  stdout: " << s; };
  weft::Runtime rt(options);
  defineRunner(rt, out);
  bool ok = true;
  try {
    weft::Program program = rt.compile_file(file);
    if (name == "wordcount") {
      for (const char* doc : {"doc1", "doc2"}) {
        auto counts = rt.call<std::map<std::string, int>>(program, "Run", std::string(doc));
        out << "  " << doc << ":";
        for (auto& [w, n] : counts) out << " " << w << "=" << n;
        out << "\n";
      }
      out << "  seen: " << rt.call<int>(program, "Seen") << "\n";
      try {
        rt.call<std::map<std::string, int>>(program, "Run", std::string("doc9"));
        ok = false;
      } catch (const weft::Error& e) {
        std::string first = e.what();
        out << "  error: " << first.substr(0, first.find('\n')) << "\n";
      }
    } else if (name == "inventory") {
      auto [total, problems] = rt.call<std::tuple<double, std::vector<std::string>>>(
          program, "Run", std::map<std::string, int>{{"bolt", 100}, {"gear", 2}, {"widget", 5}});
      out << "  total: " << total << "\n";
      for (auto& p : problems) out << "  problem: " << p << "\n";
    } else if (name == "pipeline") {
      // Host threads and goroutines share two channels: a producer thread sends items (the
      // first 4 wait in the Chan's buffer until the call binds it to the script), a consumer
      // thread receives result lines until the script closes the channel.
      auto items = rt.make_chan<std::string>(4);
      auto results = rt.make_chan<std::string>();
      std::thread producer([items] {
        try {
          for (const char* item : {"bolt", "nut", "gear", "washer", "spring", "rivet", "cog"})
            items.send(item);
          items.close();
        } catch (const weft::Error&) {  // the job failed: the channel was closed or is gone
        }
      });
      std::vector<std::string> lines;
      std::thread consumer([results, &lines] {
        try {
          while (auto line = results.recv()) lines.push_back(*line);
        } catch (const weft::Error&) {
        }
      });
      try {
        int n = rt.call<int>(program, "Run", items, results, 3);
        out << "  processed: " << n << "\n";
      } catch (const weft::Error&) {
        for (auto* ch : {&items, &results}) {  // release the threads
          try {
            ch->close();
          } catch (const weft::Error&) {
          }
        }
        producer.join();
        consumer.join();
        throw;
      }
      producer.join();
      consumer.join();
      std::sort(lines.begin(), lines.end());  // goroutines finish in any order
      for (auto& line : lines) out << "  " << line << "\n";
      ok = lines.size() == 7;
    } else if (name == "runaway") {
      Watchdog dog(rt, std::chrono::milliseconds(100));
      try {
        rt.call<int>(program, "Run", 0);
        ok = false;
      } catch (const weft::Error& e) {
        ok = e.kind() == weft::Error::Kind::Interrupt;
        out << "  stopped: " << e.what() << "\n";
      }
    }
  } catch (const weft::Error& e) {
    out << "  failed: " << e.what() << "\n";
    ok = false;
  }
  report = out.str();
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: job_runner JOBS_DIR\n";
    return 2;
  }
  std::vector<std::filesystem::path> jobs;
  for (auto& entry : std::filesystem::directory_iterator(argv[1]))
    if (entry.path().extension() == ".go") jobs.push_back(entry.path());
  std::sort(jobs.begin(), jobs.end());
  std::vector<std::string> reports(jobs.size());
  std::vector<char> ok(jobs.size(), 0);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < jobs.size(); i++)
    threads.emplace_back([&, i] { ok[i] = runJob(jobs[i], reports[i]); });
  for (auto& t : threads) t.join();
  bool all = true;
  for (std::size_t i = 0; i < jobs.size(); i++) {
    std::cout << reports[i];
    all = all && ok[i];
  }
  std::cout << (all ? "all jobs ok\n" : "some jobs failed\n");
  return all ? 0 : 1;
}

//! Benchmarks of the core (run with `make bench` or `cargo bench -p ruqsat-cli --bench core`). Not a timed test: it prints figures
//! to record in BENCHMARKS.md. Targets: ≤ 5 µs per estimate, ≤ 1 s per 100 000-case batch.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::{Duration, Instant};

    use chrono::{Duration as Days, NaiveDate};
    use ruqsat_cli::batch;
    use ruqsat_core::calendar;
    use ruqsat_core::case::{Applicant, Case, Channel, ServiceKind, Track};
    use ruqsat_core::checklist::checklist;
    use ruqsat_core::editions::EditionId;
    use ruqsat_core::timeline::estimate;

    /// Runs `f` repeatedly for about `budget`, returns the median time per call over 15 rounds.
    fn per_call(budget: Duration, mut f: impl FnMut()) -> Duration {
        // Calibrate: how many calls fill one round.
        let mut n = 1u32;
        loop {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            if t.elapsed() > budget / 15 || n > 1 << 24 {
                break;
            }
            n *= 2;
        }
        let mut rounds: Vec<Duration> = (0..15)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..n {
                    f();
                }
                t.elapsed() / n
            })
            .collect();
        rounds.sort();
        rounds[7]
    }

    fn case(
        edition: EditionId,
        service: ServiceKind,
        track: Track,
        channel: Channel,
        y: i32,
        m: u32,
        d: u32,
    ) -> Case {
        Case::new(
            edition,
            service,
            track,
            Applicant::Employer,
            channel,
            NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(17, 50, 0)
                .unwrap(),
        )
    }

    pub fn main() {
        let budget = Duration::from_millis(1500);
        println!("ruqsat core benchmarks (median of 15 rounds; release build)");

        let day = NaiveDate::from_ymd_opt(2017, 3, 18).unwrap();
        let t = per_call(budget, || {
            black_box(calendar::day(black_box(day)).unwrap());
        });
        println!(
            "  calendar::day                                  {:>9.1} ns",
            t.as_nanos() as f64
        );

        let a = case(
            EditionId::WestKazakhstan2014,
            ServiceKind::Issue,
            Track::General,
            Channel::Office,
            2014,
            9,
            1,
        );
        let estimate_a = per_call(budget, || {
            black_box(estimate(black_box(&a)).unwrap());
        });
        println!(
            "  estimate, Edition A employer issue (7 steps)   {:>9.2} µs",
            estimate_a.as_nanos() as f64 / 1000.0
        );

        let b = case(
            EditionId::Zhambyl2017,
            ServiceKind::Issue,
            Track::General,
            Channel::Office,
            2017,
            8,
            28,
        );
        let estimate_b = per_call(budget, || {
            black_box(estimate(black_box(&b)).unwrap());
        });
        println!(
            "  estimate, Edition B general issue (11 steps)   {:>9.2} µs",
            estimate_b.as_nanos() as f64 / 1000.0
        );

        let t = per_call(budget, || {
            black_box(checklist(black_box(&b)));
        });
        println!(
            "  checklist, Edition B general issue             {:>9.2} µs",
            t.as_nanos() as f64 / 1000.0
        );

        // 100 000 cases: every service and channel of both editions, submitted at every hour of the editions' years.
        let kinds = [
            ("west-kazakhstan-2014", "issue", "employer", "office", 2014),
            (
                "west-kazakhstan-2014",
                "extension",
                "employer",
                "portal",
                2014,
            ),
            ("west-kazakhstan-2014", "reissue", "worker", "office", 2015),
            ("zhambyl-2017", "issue", "employer", "office", 2017),
            ("zhambyl-2017", "ict-extension", "employer", "portal", 2018),
            ("zhambyl-2017", "reissue", "employer", "office", 2019),
        ];
        let mut csv = String::from("edition,service,applicant,channel,submitted,applicant_done\n");
        for i in 0..100_000usize {
            let (e, s, a, c, y) = kinds[i % kinds.len()];
            let at = NaiveDate::from_ymd_opt(y, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                + Days::hours((i % 8000) as i64);
            csv.push_str(&format!(
                "{e},{s},{a},{c},{},\n",
                at.format("%Y-%m-%dT%H:%M")
            ));
        }
        let mut times = Vec::new();
        let mut bytes = 0;
        for _ in 0..5 {
            let mut out: Vec<u8> = Vec::with_capacity(32 << 20);
            let t = Instant::now();
            let failed =
                batch::process(black_box(csv.as_bytes()), &Default::default(), &mut out).unwrap();
            times.push(t.elapsed());
            assert_eq!(failed, 0);
            bytes = out.len();
        }
        times.sort();
        println!(
            "  batch, 100 000 cases CSV in → CSV out          {:>9.1} ms  ({:.1} MB out; median of 5)",
            times[2].as_secs_f64() * 1000.0,
            bytes as f64 / 1e6
        );
        // The same machine in the same run as the reference, so a busy machine cancels out: one row's time (reading,
        // estimating, writing) against one estimate's (the mean of the two above).
        let row = times[2].as_secs_f64() / 100_000.0;
        let one_estimate = (estimate_a + estimate_b).as_secs_f64() / 2.0;
        println!(
            "  batch, one row ÷ one estimate (mean of A and B) {:>8.1}",
            row / one_estimate
        );
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}

use clap::Parser;

use passkey_guide::cli::{Cli, Command, ServeArgs};
use passkey_guide::{commands, telemetry};

/// A request allocates many small, short-lived buffers across two worker threads; mimalloc's
/// per-thread heaps serve that without the lock contention of the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    telemetry::init();
    let result = match cli.command {
        None => match ServeArgs::try_parse_from_env() {
            Ok(args) => commands::serve(args).await,
            Err(e) => Err(e),
        },
        Some(Command::Serve(args)) => commands::serve(args).await,
        Some(Command::Detect) => commands::detect_stdin(),
        Some(Command::Entra { command }) => commands::entra(command).await,
        Some(Command::Tenant { command }) => commands::tenant(command).await,
        Some(Command::Admin { command }) => commands::admin(command).await,
        Some(Command::Token { command }) => commands::token(command).await,
        Some(Command::Audit { tenant, since, db }) => commands::audit_log(tenant, since, &db.database).await,
    };
    if let Err(error) = result {
        eprintln!("error: {error:#}");
        std::process::exit(1);
    }
}

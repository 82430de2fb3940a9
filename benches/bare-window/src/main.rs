//! A bare Tauri 2 window with one page and one command: the baseline that the keuzehulp's
//! start-up time and memory are measured against, in the same benchmark run.

/// Called by the page once it is drawn; prints the marker the benchmark waits for.
#[tauri::command]
fn ready() {
    println!("ready");
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("bare window");
}

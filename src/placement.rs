//! Where the screen for the patient goes: on another monitor than the clinician's window when
//! there is one, else on the same. A pure function, so every case is tested here (a test
//! display has one monitor; a person tests the real second screen).

/// A monitor's place and size on the desktop, in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Monitor {
    /// Left edge.
    pub x: i32,
    /// Top edge.
    pub y: i32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Monitor {
    fn area(&self) -> u64 {
        u64::from(self.width) * u64::from(self.height)
    }
}

/// The monitor for the patient's screen, as an index into `monitors`: the largest monitor
/// other than `clinician` (the one the clinician's window is on; the first of equals), else
/// the clinician's own, else the first. `None` when there is no monitor at all (the window
/// then opens where the system puts it).
pub fn patient_monitor(monitors: &[Monitor], clinician: Option<Monitor>) -> Option<usize> {
    let others = monitors
        .iter()
        .enumerate()
        .filter(|(_, m)| Some(**m) != clinician);
    let mut best: Option<(usize, &Monitor)> = None;
    for (i, m) in others {
        if best.is_none_or(|(_, b)| m.area() > b.area()) {
            best = Some((i, m));
        }
    }
    best.map(|(i, _)| i).or_else(|| {
        monitors
            .iter()
            .position(|m| Some(*m) == clinician)
            .or((!monitors.is_empty()).then_some(0))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Monitor = Monitor {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
    };
    const BESIDE: Monitor = Monitor {
        x: 1920,
        y: 0,
        width: 1280,
        height: 1024,
    };
    const LARGE: Monitor = Monitor {
        x: -2560,
        y: 0,
        width: 2560,
        height: 1440,
    };

    #[test]
    fn no_monitor_leaves_it_to_the_system() {
        assert_eq!(patient_monitor(&[], None), None);
        assert_eq!(patient_monitor(&[], Some(LAPTOP)), None);
    }

    #[test]
    fn one_monitor_is_shared() {
        assert_eq!(patient_monitor(&[LAPTOP], Some(LAPTOP)), Some(0));
        assert_eq!(patient_monitor(&[LAPTOP], None), Some(0));
    }

    #[test]
    fn two_monitors_give_the_patient_the_other_one() {
        assert_eq!(patient_monitor(&[LAPTOP, BESIDE], Some(LAPTOP)), Some(1));
        assert_eq!(patient_monitor(&[LAPTOP, BESIDE], Some(BESIDE)), Some(0));
    }

    #[test]
    fn three_monitors_give_the_patient_the_largest_other_one() {
        let three = [LAPTOP, BESIDE, LARGE];
        assert_eq!(patient_monitor(&three, Some(LAPTOP)), Some(2));
        assert_eq!(patient_monitor(&three, Some(LARGE)), Some(0));
        assert_eq!(patient_monitor(&three, Some(BESIDE)), Some(2));
    }

    #[test]
    fn a_clinician_monitor_not_in_the_list_counts_as_none() {
        // The clinician's window could not say its monitor: any monitor will do, the largest.
        assert_eq!(patient_monitor(&[LAPTOP, BESIDE], None), Some(0));
        assert_eq!(patient_monitor(&[BESIDE, LARGE], None), Some(1));
    }
}

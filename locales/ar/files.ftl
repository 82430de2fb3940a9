# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
file-error-too-large = الملف { $file } كبير جدًا: { $size } بايت. يجب ألا يزيد ملف من هذا النوع عن { $limit } بايت. لم تتم قراءة أي شيء منه.
file-error-unreadable = لا يمكن قراءة الملف { $file } ({ $reason }).

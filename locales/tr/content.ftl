# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# How numbers and certainty are put into words.
# Turkish nouns stay singular after a number, so both variants are the same word.
time-days = { $amount } { $amount ->
    [one] gün
   *[other] gün
  }
time-weeks = { $amount } { $amount ->
    [one] hafta
   *[other] hafta
  }
time-months = { $amount } { $amount ->
    [one] ay
   *[other] ay
  }
time-years = { $amount } yıl
# Natural frequency: "2 yıl sonra, 100 kişiden 12 kişi hâlâ ağrı çekiyor."
# { $label } is a verb phrase from the content; in Turkish the verb comes last.
frequency-sentence = { $time } sonra, { $denominator } kişiden { $count } kişi { $label }.
frequency-range = Bu sayı, { $denominator } kişide { $low } ile { $high } arasında olabilir.
amount-sentence = Ortalama { $value } { $unit }.
amount-range = Çoğunlukla { $low } ile { $high } { $unit } arasında.
# Certainty of the evidence (GRADE), in words.
certainty-high = Bundan eminiz.
certainty-moderate = Büyük olasılıkla böyle.
certainty-low = Böyle olabilir. Farklı da olabilir.
certainty-very-low = Böyle olup olmadığını kesin olarak bilmiyoruz.
certainty-label-high = Kesin
certainty-label-moderate = Büyük olasılıkla
certainty-label-low = Belki
certainty-label-very-low = Belirsiz

## Pictograms (assets/pictures) and the easy-reading layer
picture-waiting = Beklemek
picture-operation = Ameliyat
picture-medicine = İlaç
picture-exercise = Egzersiz
picture-device = Yardımcı araç
picture-care = Bakım ve ilgi
picture-visits = Hastaneye veya ev doktoruna gitmek
picture-recovery = İyileşmek
picture-travel = Yolculuk
picture-work = İş veya okul
picture-carers = Başkalarından yardım
picture-costs = Masraflar
picture-daily-life = Günlük yaşam
picture-environment = Çevre
picture-yes = Evet
picture-no = Hayır
picture-unsure = Bilmiyorum
ui-easy-reading = Kolay okuma
easy-heading = Kolay okuma
easy-outcomes-heading = Neler olabilir

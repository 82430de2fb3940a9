# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Uczenie się od pacjentów: zgoda, plik z danymi dla zespołu opracowującego wytyczne i raport
# keuzekaart leren.

## Zgoda przy podsumowaniu
consent-heading = Udostępnianie zespołowi opracowującemu wytyczne
consent-question = Czy odpowiedzi z tej rozmowy mogą trafić do zespołu opracowującego wytyczne? Bez imienia i nazwiska.
consent-what = Zespół opracowujący wytyczne tworzy tę pomoc decyzyjną. Dostaje tylko liczby: które pytania ludzie zaznaczyli, co było dla nich ważne, co wybrali i jak wypadł test SURE. Odpowiedzi z tej rozmowy są dodawane do odpowiedzi innych osób.
consent-not = Nigdy nie są przekazywane: imię i nazwisko, rok urodzenia, to, co zostało napisane własnymi słowami, ani data. Liczb mniejszych niż 5 nie ma w pliku.
consent-withdraw = Można później powiedzieć „nie”, także po dzisiejszym dniu. Wtedy ta rozmowa nie będzie już przekazywana. Pliku, który już wysłano, nie możemy cofnąć.
consent-yes = Tak, zgadzam się
consent-no = Nie, wolę nie
consent-status-yes = Wyrażono zgodę. Odpowiedzi z tej rozmowy mogą zostać przekazane, bez imienia i nazwiska.
consent-status-no = Nic nie trafia do zespołu opracowującego wytyczne.

## Przegląd pacjentów
patients-consent-yes = Może trafić do zespołu opracowującego wytyczne (bez imienia i nazwiska)
patients-consent-no = Nie trafia do zespołu opracowującego wytyczne
patients-consent-withdrawn = Zgoda została wycofana. Ta rozmowa nie trafi już do nowych plików.
ui-patients-consent = Udostępnianie
ui-patients-withdraw = Wycofaj zgodę
ui-share-heading = Udostępnianie zespołowi opracowującemu wytyczne
ui-share-intro = Tu można utworzyć plik dla zespołu opracowującego wytyczne. Są w nim tylko liczby z rozmów, na które pacjent wyraził zgodę. Najpierw widać dokładnie, co jest w pliku.
ui-share-none = Nie ma jeszcze rozmów ze zgodą na udostępnienie.
ui-share-folder = Folder na plik
ui-share-preview = Zobacz, co będzie w pliku
ui-share-confirm = Tak, zapisz ten plik
ui-share-cancel = Nie zapisuj
ui-share-file-text = Plik dokładnie w takiej postaci, w jakiej zostanie zapisany
share-item = { $grid }, { $month }: { $count ->
    [one] 1 rozmowa
    [few] { $count } rozmowy
    [many] { $count } rozmów
   *[other] { $count } rozmowy
} ze zgodą
share-preview-heading = To znajdzie się w pliku
share-preview-about = Dotyczy: { $grid }, { $month }.
share-preview-installation = Z tego komputera, rozpoznawanego po kluczu { $key }. Dzięki temu zespół opracowujący wytyczne widzi, które pliki pochodzą z tego samego miejsca. W pliku nie ma informacji o tym, kto korzysta z programu ani kim są pacjenci.
share-preview-not = W pliku nie ma: imion ani kodów, lat urodzenia, tego, co pacjenci napisali własnymi słowami, ani dat. Jest tylko miesiąc.
share-preview-once = Proszę tworzyć jeden plik na miesiąc, gdy miesiąc już się skończy. Zespół opracowujący wytyczne przyjmuje z tego komputera tylko jeden plik na kartę wyboru na miesiąc.
share-block = Wersja { $version }, { $mode }: rozmowy: { $sessions }
share-line-marked = Zaznaczone pytanie: { $aspect }: { $count }
share-line-importance = Jak ważne: { $aspect }: { $levels }
share-line-choice = Wybór: { $choice }: { $count }
share-line-sure = Test SURE wypełniony: same „tak”: { $yes }, jeszcze bez pewności: { $no }
share-written = Plik został zapisany: { $file }. Proszę wysłać go do zespołu opracowującego wytyczne.
share-error-changed = Coś się zmieniło od czasu obejrzenia pliku. Proszę obejrzeć go ponownie. Nic nie zostało zapisane.
share-error-nothing = Dla tej karty wyboru i tego miesiąca nie ma rozmów ze zgodą. Nic nie zostało zapisane.
share-error-folder = Folder { $folder } nie istnieje. Proszę wybrać folder, który już istnieje. Nic nie zostało zapisane.
share-error-write = Nie można zapisać pliku w folderze { $folder }: { $reason }
share-error-period = „{ $period }” to nie jest miesiąc. Proszę zapisać go tak: 2026-03.
learn-month = { $month ->
    [1] styczeń
    [2] luty
    [3] marzec
    [4] kwiecień
    [5] maj
    [6] czerwiec
    [7] lipiec
    [8] sierpień
    [9] wrzesień
    [10] październik
    [11] listopad
   *[12] grudzień
} { $year }

## W pliku
learn-rule = Małych liczb nie ma w pliku: każda liczba mniejsza niż { $threshold } (także 0) jest zapisana jako „<{ $threshold }”.

## Błędy przy odczycie plików z danymi
learn-error-located = { $place }: { $message }
learn-error-located-field = { $place }: pole { $field }: { $message }
learn-error-unreadable = Nie można odczytać pliku: { $reason }
learn-error-json = To nie jest JSON: { $reason }
learn-error-format = To nie jest plik z danymi dla zespołu: format to { $found }, oczekiwano { $expected }.
learn-error-shape = Plik nie ma struktury pliku z danymi: { $reason }
learn-error-small-number = Liczba { $count } jest mniejsza niż { $threshold }. Plik z danymi nie może pokazywać tak małych liczb.
learn-error-other-threshold = „<{ $found }” nie pasuje do progu tego pliku ({ $threshold }).
learn-error-threshold = Próg dla małych liczb wynosi { $threshold }. Musi wynosić co najmniej { $minimum }.
learn-error-key = Klucz komputera nie jest prawidłowym kluczem ed25519.
learn-error-tampered = Podpis nie pasuje do treści. Plik został zmieniony po podpisaniu.
learn-error-same-file = To ten sam plik co { $first }. Liczy się tylko raz.
learn-error-duplicate = Ten komputer przekazał już plik dla { $grid } za okres { $period }: { $first }. Liczy się tylko ten pierwszy.

## Raport
learn-range = od { $low } do { $high }
learn-percent = { $value }%
learn-percent-range = od { $low }% do { $high }%
learn-report-title = Co jest ważne dla pacjentów
learn-report-intro = Połączono dane z { $files } { $files ->
    [one] pliku
    [few] plików
    [many] plików
   *[other] pliku
} z { $installations } { $installations ->
    [one] komputera
    [few] komputerów
    [many] komputerów
   *[other] komputera
}. Odrzucono: { $refused }.
learn-report-rule = Każdy plik pokazuje liczby mniejsze niż 5 jako „<5”. Dlatego liczba jest czasem podana jako „od 12 do 20”: co najmniej 12, najwyżej 20. Na wykresach słupek sięga do wartości pewnej, a kreska do najwyższej możliwej.
learn-report-refused = Odrzucone pliki
learn-report-empty = Nie było plików do połączenia.
learn-report-version = { $grid } ({ $id }), wersja { $version }
learn-report-version-facts = { $files } { $files ->
    [one] plik
    [few] pliki
    [many] plików
   *[other] pliku
} z { $installations } { $installations ->
    [one] komputera
    [few] komputerów
    [many] komputerów
   *[other] komputera
}, { $months ->
    [one] miesiąc: { $from }
   *[other] okres: { $from } – { $to }
}. Liczba kontrolna treści (sha256): { $sha }…
learn-report-sessions = Rozmowy: { $count }
learn-report-marked = Pytania, które pacjenci zaznaczają najczęściej
learn-report-marked-chart = Jak często zaznaczano każde pytanie, { $mode }
learn-report-importance = Jak ważne – według tematu (słupek: ważne lub bardzo ważne)
learn-report-importance-chart = Jak często każdy temat jest ważny lub bardzo ważny, { $mode }
learn-report-choices = Co wybierali pacjenci
learn-report-choices-chart = Jak często dokonywano każdego wyboru, { $mode }
learn-report-too-few = Za mało rozmów, żeby cokolwiek pokazać: każdy plik miał ich mniej niż 5.
learn-report-sure = Test SURE: jeszcze bez pewności
learn-report-sure-intro = Spośród osób, które odpowiedziały na wszystkie cztery pytania: jaki odsetek co najmniej raz odpowiedział „nie”.
learn-report-sure-none = Nie ma jeszcze w pełni wypełnionych testów SURE.
cli-learn-written = Raport zapisano: { $report } i { $csv }. Połączono: { $files } { $files ->
    [one] plik
    [few] pliki
    [many] plików
   *[other] pliku
}, odrzucono: { $refused }.
cli-learn-no-files = W folderze { $path } nie ma plików .json.

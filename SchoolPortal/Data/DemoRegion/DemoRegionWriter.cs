using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// Makes up the region school by school and writes each row as soon as it exists, so memory stays flat at any size.
/// One <see cref="Random"/> with a fixed seed drives every choice, in a fixed order: the same size gives the same rows.
/// Ids are assigned here, sequentially per table, so rows reference each other without reading anything back.
/// </summary>
internal sealed class DemoRegionWriter(DemoRegionTables t, DemoSize size, DemoCalendar calendar, string passwordHash)
{
    private readonly DemoJournalWriter _journal = new(t, calendar);
    private readonly Dictionary<int, List<int>> _pupilsByClass = [];
    private readonly DateTimeOffset _loginClock = new(calendar.Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    private static readonly string[] Letters = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н"];
    private static readonly string[] RomanSeries = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
    private static readonly string[] MobileCodes = ["912", "922", "908", "951", "961", "963", "904", "919", "982", "950", "932", "999"];
    private static readonly string[] MailDomains = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru"];

    private static readonly (string Subject, double Weight)[] Subjects =
    [
        ("математики", 4), ("русского языка и литературы", 4), ("английского языка", 3), ("истории и обществознания", 2),
        ("физики", 1), ("химии", 1), ("биологии", 1), ("географии", 1), ("информатики", 1), ("физической культуры", 2),
        ("музыки", 0.5), ("изобразительного искусства", 0.5), ("технологии", 1), ("основ безопасности и защиты Родины", 0.5),
    ];

    private readonly Random _rng = new(DemoRegionGenerator.Seed);

    private DateOnly Today => calendar.Today;

    private DateOnly YearStart => calendar.YearStart;

    private int _schoolId, _yearId, _periodId, _holidayPeriodId, _holidayId, _employeeId, _classId, _pupilId, _membershipId,
        _parentId, _linkId, _accountId, _snilsSerial, _families;

    private readonly List<int> _duplicates = [];
    private readonly List<DuplicateParentPair> _duplicatePairs = [];
    private int _duplicatePopulation;
    private readonly List<int> _parentsWithoutBirthDate = [];
    private readonly List<int> _pupilsWithoutParent = [];
    private readonly List<int> _pupilsWithoutSnils = [];
    private readonly List<int> _malformedCertificates = [];
    private readonly List<int> _malformedPassports = [];
    private int _checkedParents;

    // The last row written by Employee and WriteParent, for the caller that needs more than the id.
    private string _lastEmployeeName = "";
    private bool _lastOnLeave;
    private (DocumentKind Kind, string Series, string Number, DateOnly IssuedOn, string IssuedBy) _lastDocument;
    private string? _lastPhone;

    public PlantedProblems Write()
    {
        var municipalities = RegionGeography.Municipalities.Take(size.Municipalities).ToArray();
        var schoolsPerDistrict = Distribute(size.Schools, municipalities.Select(m => (double)m.SchoolsWeight).ToArray(), minimum: 1);
        var districtOfSchool = schoolsPerDistrict.SelectMany((count, district) => Enumerable.Repeat(district, count)).ToArray();
        var weights = districtOfSchool.Select(d => municipalities[d].IsCity ? 0.8 + 1.2 * _rng.NextDouble() : 0.15 + 0.7 * _rng.NextDouble()).ToArray();
        var pupilsPerSchool = Distribute(size.Pupils, weights, minimum: 40);

        Account("operator", "Оператор региона (демо)", Role.RegionOperator);
        for (var d = 0; d < municipalities.Length; d++)
        {
            t.Municipalities.Insert(d + 1, municipalities[d].Name);
            Account($"mo{d + 1}", $"Оператор: {municipalities[d].Name} (демо)", Role.MunicipalOperator, municipalityId: d + 1);
        }

        var numberInDistrict = new int[municipalities.Length];
        for (var s = 0; s < districtOfSchool.Length; s++)
        {
            var d = districtOfSchool[s];
            WriteSchool(s, d + 1, municipalities[d], ++numberInDistrict[d], pupilsPerSchool[s]);
        }

        return new PlantedProblems
        {
            ByKind = new Dictionary<PlantedProblemKind, PlantedProblem>
            {
                [PlantedProblemKind.DuplicateParent] = new(PlantedProblemKind.DuplicateParent, t.Parents.Name, PlantedProblems.DuplicateParentRate,
                    "семей с матерью и двумя или более детьми", _duplicatePopulation, _duplicates),
                [PlantedProblemKind.ParentWithoutBirthDate] = new(PlantedProblemKind.ParentWithoutBirthDate, t.Parents.Name,
                    PlantedProblems.ParentWithoutBirthDateRate, "записей родителей (кроме дублей)", _checkedParents, _parentsWithoutBirthDate),
                [PlantedProblemKind.PupilWithoutParent] = new(PlantedProblemKind.PupilWithoutParent, t.Pupils.Name,
                    PlantedProblems.FamilyWithoutParentsRate, "учеников (выбираются семьи целиком)", _pupilId, _pupilsWithoutParent),
                [PlantedProblemKind.PupilWithoutSnils] = new(PlantedProblemKind.PupilWithoutSnils, t.Pupils.Name,
                    PlantedProblems.PupilWithoutSnilsRate, "учеников", _pupilId, _pupilsWithoutSnils),
                [PlantedProblemKind.MalformedBirthCertificate] = new(PlantedProblemKind.MalformedBirthCertificate, t.Pupils.Name,
                    PlantedProblems.MalformedBirthCertificateRate, "учеников", _pupilId, _malformedCertificates),
                [PlantedProblemKind.MalformedParentPassport] = new(PlantedProblemKind.MalformedParentPassport, t.Parents.Name,
                    PlantedProblems.MalformedParentPassportRate, "записей родителей (кроме дублей)", _checkedParents, _malformedPassports),
            },
            DuplicateParents = _duplicatePairs,
        };
    }

    private void WriteSchool(int index, int municipalityId, DemoMunicipality district, int number, int pupilTarget)
    {
        var schoolId = ++_schoolId;

        // Classes: at least one per grade; the younger grades get the extra parallel classes.
        var classCount = Math.Max(11, (int)Math.Round(pupilTarget / 25.0));
        var perGrade = Enumerable.Range(1, 11).Select(g => classCount / 11 + (g <= classCount % 11 ? 1 : 0)).ToArray();
        var primaryClasses = perGrade.Take(4).Sum();
        var seniorClasses = classCount - primaryClasses;

        // Staff first: the director's name goes into the school card, teachers become homeroom teachers.
        var staff = new List<(int Id, string Position)>();
        var director = Employee(schoolId, district, "Директор", 40, 63, 0.7);
        staff.Add(director);
        var headName = _lastEmployeeName;
        for (var i = 0; i < 1 + pupilTarget / 500; i++)
            staff.Add(Employee(schoolId, district, "Заместитель директора по учебно-воспитательной работе", 32, 62, 0.85));
        staff.Add(Employee(schoolId, district, "Заместитель директора по воспитательной работе", 28, 60, 0.85));
        if (pupilTarget > 150)
            staff.Add(Employee(schoolId, district, "Советник директора по воспитанию и взаимодействию с детскими общественными объединениями", 22, 40, 0.8));
        staff.Add(Employee(schoolId, district, "Педагог-психолог", 24, 60, 0.9));
        staff.Add(Employee(schoolId, district, "Социальный педагог", 24, 60, 0.9));
        if (pupilTarget > 300)
            staff.Add(Employee(schoolId, district, "Учитель-логопед", 26, 60, 0.95));
        staff.Add(Employee(schoolId, district, "Педагог-библиотекарь", 30, 64, 0.95));
        staff.Add(Employee(schoolId, district, "Педагог-организатор", 23, 50, 0.8));
        for (var i = 0; i < 1 + pupilTarget / 400; i++)
            staff.Add(Employee(schoolId, district, "Педагог дополнительного образования", 23, 64, 0.7));
        var primaryTeachers = new List<int>();
        for (var i = 0; i < primaryClasses; i++)
            primaryTeachers.Add(Employee(schoolId, district, "Учитель начальных классов", 23, 64, 0.97).Id);
        var subjectTeachers = new List<int>();
        var teaching = new List<(int Id, string Position)>();
        for (var i = 0; i < (int)Math.Round(seniorClasses * 1.8) + pupilTarget / 250; i++)
        {
            var subject = i < Subjects.Length ? Subjects[i].Subject : Weighted(Subjects);
            var teacher = Employee(schoolId, district, "Учитель " + subject, 23, 64, subject == "физической культуры" ? 0.5 : 0.88);
            if (_lastOnLeave)
                continue;
            subjectTeachers.Add(teacher.Id);
            teaching.Add(teacher);
        }
        var firstTeacherId = subjectTeachers[0];

        // The school card.
        var kind = district.IsCity ? _rng.Next(100) switch { < 70 => "СОШ", < 85 => "Лицей", _ => "Гимназия" } : "СОШ";
        var form = _rng.Next(3) switch { 0 => "МАОУ", 1 => "МБОУ", _ => "МОУ" };
        var formFull = form switch
        {
            "МАОУ" => "Муниципальное автономное общеобразовательное учреждение",
            "МБОУ" => "Муниципальное бюджетное общеобразовательное учреждение",
            _ => "Муниципальное общеобразовательное учреждение",
        };
        var kindFull = kind switch { "СОШ" => "Средняя общеобразовательная школа", "Лицей" => "Лицей", _ => "Гимназия" };
        var innNine = $"74{(10 + municipalityId) % 100:D2}{index + 1:D5}";
        var ogrnTwelve = $"1{2 + index % 10:D2}74{(10 + municipalityId) % 100:D2}{index + 1:D5}";
        t.Schools.Insert(schoolId, municipalityId,
            $"{formFull} «{kindFull} № {number} {district.SettlementGenitive}»",
            $"{form} «{kind} № {number} {district.SettlementGenitive}»",
            innNine + Inn.ControlDigit(innNine),
            ogrnTwelve + Ogrn.ControlDigit(ogrnTwelve),
            StreetAddress(district, apartment: false),
            headName,
            $"+7351{_rng.Next(2000000, 8000000)}",
            $"school{schoolId}@edu74.ru");

        // The current year, its quarters and two holiday sets: the main one and the one of first grades.
        var yearId = ++_yearId;
        t.AcademicYears.Insert(yearId, schoolId, calendar.StartYear, YearStart, calendar.YearEnd, AcademicYearStatus.Current);
        var quarters = calendar.Quarters;
        for (var q = 0; q < quarters.Count; q++)
            t.StudyPeriods.Insert(++_periodId, yearId, StudyPeriodKind.Quarter, q + 1, quarters[q].Item1, quarters[q].Item2,
                quarters[q].Item2 < Today);
        var mainHolidays = ++_holidayPeriodId;
        t.HolidayPeriods.Insert(mainHolidays, yearId, "Основной");
        WriteHolidays(mainHolidays, firstGrade: false);
        var firstGradeHolidays = ++_holidayPeriodId;
        t.HolidayPeriods.Insert(firstGradeHolidays, yearId, "Для 1-х классов");
        WriteHolidays(firstGradeHolidays, firstGrade: true);

        // Classes with homeroom teachers: primary classes get their own teacher, the others a subject teacher.
        var seats = new List<(int ClassId, int Grade)>(pupilTarget + 50);
        var classes = new List<DemoClass>();
        var average = (double)pupilTarget / classCount;
        int primaryIndex = 0, seniorIndex = 0;
        for (var grade = 1; grade <= 11; grade++)
        {
            for (var l = 0; l < perGrade[grade - 1]; l++)
            {
                var classId = ++_classId;
                int? homeroom = grade <= 4
                    ? primaryTeachers[primaryIndex++]
                    : seniorIndex < subjectTeachers.Count ? subjectTeachers[seniorIndex++] : null;
                t.Classes.Insert(classId, schoolId, yearId, grade, Letters[l % Letters.Length], homeroom,
                    grade == 1 ? firstGradeHolidays : mainHolidays);
                classes.Add(new DemoClass(classId, grade, homeroom, grade == 1 ? firstGradeHolidays : mainHolidays));
                var classSize = Math.Max(4, (int)Math.Round(average * (0.85 + 0.3 * _rng.NextDouble())));
                for (var p = 0; p < classSize; p++)
                    seats.Add((classId, grade));
            }
        }

        // admin{n} (the first deputy head) and teacher{n} are the demo accounts of school n.
        Account($"admin{schoolId}", $"Администратор школы {schoolId} (демо)", Role.SchoolAdmin, schoolId, employeeId: staff[1].Id);
        Account($"teacher{schoolId}", $"Учитель школы {schoolId} (демо)", Role.Teacher, schoolId, employeeId: firstTeacherId);
        var substitute = subjectTeachers.Count > 1 ? subjectTeachers[1] : firstTeacherId;
        if (index < size.JournalSchools)
            Account($"teacher{schoolId}b", $"Второй учитель школы {schoolId} (демо, замены)", Role.Teacher, schoolId, employeeId: substitute);
        _pupilsByClass.Clear();

        Shuffle(seats);
        for (var i = 0; i < seats.Count;)
        {
            var familySize = Math.Min(seats.Count - i, _rng.Next(100) switch { < 62 => 1, < 92 => 2, _ => 3 });
            WriteFamily(schoolId, district, seats.GetRange(i, familySize));
            i += familySize;
        }

        if (index < size.JournalSchools)
        {
            var holidays = new Dictionary<int, IReadOnlyList<(DateOnly, DateOnly)>>
            {
                [mainHolidays] = HolidayDates(firstGrade: false),
                [firstGradeHolidays] = HolidayDates(firstGrade: true),
            };
            var periods = quarters.Select((q, n) => (_periodId - quarters.Count + 1 + n, q.Item1, q.Item2)).ToList();
            _journal.Write(new DemoSchoolPlan(schoolId, yearId, periods, holidays, classes, teaching, _pupilsByClass, firstTeacherId, substitute));
        }
    }

    private IReadOnlyList<(DateOnly, DateOnly)> HolidayDates(bool firstGrade) =>
        calendar.Holidays(firstGrade).Select(h => (h.From, h.To)).ToList();

    private void WriteHolidays(int holidayPeriodId, bool firstGrade)
    {
        foreach (var (name, from, to) in calendar.Holidays(firstGrade))
            t.Holidays.Insert(++_holidayId, holidayPeriodId, name, from, to);
    }

    private (int Id, string Position) Employee(int schoolId, DemoMunicipality district, string position, int minAge, int maxAge, double femaleShare)
    {
        var id = ++_employeeId;
        var gender = _rng.NextDouble() < femaleShare ? Gender.Female : Gender.Male;
        var (surname, first, patronymic) = AdultName(gender, RandomOf(RussianNames.Surnames));
        var birth = RandomDate(Today.AddYears(-maxAge - 1).AddDays(1), Today.AddYears(-minAge));
        var age = BirthDate.AgeOn(birth, Today);
        var (series, passportNumber, issuedOn, issuedBy) = AdultPassport(birth, age, district);
        var category = _rng.Next(100) switch
        {
            < 10 => QualificationCategory.None,
            < 35 => QualificationCategory.MatchesPosition,
            < 70 => QualificationCategory.First,
            _ => QualificationCategory.Highest,
        };
        var onLeave = gender == Gender.Female && age < 40 && _rng.NextDouble() < 0.07;
        var speciality = position.StartsWith("Учитель ", StringComparison.Ordinal) ? position.ToLowerInvariant() : "педагог";
        var education = position == "Учитель начальных классов" && _rng.Next(4) == 0
            ? $"Среднее профессиональное, Челябинский педагогический колледж № 2, {birth.Year + 20}, учитель начальных классов"
            : $"Высшее, {RandomOf(RegionGeography.Universities)}, {birth.Year + 22}, {speciality}";
        t.Employees.Insert(id, schoolId, surname, first, patronymic, birth, gender,
            DocumentKind.RfPassport, series, passportNumber, issuedOn, issuedBy,
            NextSnils(), position, category, MobilePhone(), Email(surname, first, id, 0.8), onLeave, education, null);
        _lastEmployeeName = $"{surname} {first} {patronymic}";
        _lastOnLeave = onLeave;
        if (_rng.NextDouble() < size.LoginShare || position == "Директор")
            Account($"{Transliteration.ToLatin(surname)}.{Transliteration.ToLatin(first[..1])}{Transliteration.ToLatin(patronymic[..1])}.s{id}",
                _lastEmployeeName, position == "Директор" ? Role.SchoolAdmin : Role.Teacher, schoolId, employeeId: id,
                lastLogin: _rng.NextDouble() < 0.8);
        return (id, position);
    }

    private void WriteFamily(int schoolId, DemoMunicipality district, List<(int ClassId, int Grade)> children)
    {
        _families++;
        var familySurname = RandomOf(RussianNames.Surnames);
        var father = RandomOf(RussianNames.Men);
        var address = StreetAddress(district, apartment: district.IsCity || _rng.Next(10) < 4);
        var homePhone = _rng.Next(10) == 0 ? $"+7351{_rng.Next(2000000, 8000000)}" : null;

        // The children first: their birth dates decide the parents' ages.
        var pupils = new List<(int Id, DateOnly Birth)>();
        var birthByGrade = new Dictionary<int, DateOnly>();
        foreach (var (classId, grade) in children)
        {
            var id = ++_pupilId;
            var gender = _rng.Next(2) == 0 ? Gender.Male : Gender.Female;
            var surname = RussianNames.Surname(familySurname, gender);
            var first = RandomOf(gender == Gender.Male ? RussianNames.Boys : RussianNames.Girls);
            string? patronymic = _rng.Next(100) == 0 ? null : gender == Gender.Male ? father.SonPatronymic : father.DaughterPatronymic;
            // Grade g in year Y/Y+1: born from 1 September (Y - 7 - g) to 31 August (Y - 6 - g); some a year older. Siblings of one grade are twins.
            if (!birthByGrade.TryGetValue(grade, out var birth))
            {
                var from = new DateOnly(calendar.StartYear - 7 - grade - (_rng.Next(100) < 5 ? 1 : 0), 9, 1);
                birth = from.AddDays(_rng.Next(365));
                birthByGrade[grade] = birth;
            }
            var age = BirthDate.AgeOn(birth, Today);

            string certificateSeries = $"{RandomOf(RomanSeries)}-ИВ";
            var certificateNumber = _rng.Next(100000, 1000000).ToString();
            if (_rng.NextDouble() < PlantedProblems.MalformedBirthCertificateRate)
            {
                if (_rng.Next(2) == 0)
                    certificateSeries = $"{_rng.Next(2, 10)}-ИВ"; // not 1: the parser reads it as I
                else
                    certificateNumber = _rng.Next(10000, 100000).ToString();
                _malformedCertificates.Add(id);
            }
            var certificateIssued = birth.AddDays(_rng.Next(5, 40));
            var registry = $"Отдел ЗАГС администрации {district.SettlementGenitive}";

            object? passportKind = null, passportSeries = null, passportNumber = null, passportIssued = null, passportBy = null;
            var passportDate = birth.AddYears(14).AddDays(_rng.Next(3, 30));
            if (age >= 14 && passportDate <= Today)
            {
                passportKind = DocumentKind.RfPassport;
                passportSeries = $"75{passportDate.Year % 100:D2}";
                passportNumber = _rng.Next(100000, 1000000).ToString();
                passportIssued = passportDate;
                passportBy = "ГУ МВД России по Челябинской области";
            }

            string? snils = NextSnils();
            if (_rng.NextDouble() < PlantedProblems.PupilWithoutSnilsRate)
            {
                snils = null;
                _pupilsWithoutSnils.Add(id);
            }
            var birthplace = _rng.Next(100) < 85 ? district.Settlement : RandomOf(RegionGeography.Municipalities).Settlement;
            var formOfEducation = _rng.Next(1000) switch { < 985 => FormOfEducation.FullTime, < 995 => FormOfEducation.Family, _ => FormOfEducation.Extramural };
            var mobile = age >= 10 && _rng.Next(100) < 70 ? MobilePhone() : null;
            var email = age >= 12 ? Email(surname, first, id, 0.4) : null;

            t.Pupils.Insert(id, schoolId, surname, first, patronymic, birth, gender,
                DocumentKind.RfBirthCertificate, certificateSeries, certificateNumber, certificateIssued, registry,
                passportKind, passportSeries, passportNumber, passportIssued, passportBy,
                snils, Citizenship.Russia, birthplace, address, _rng.Next(10) == 0 ? StreetAddress(district, true) : address,
                formOfEducation, homePhone, mobile, email, age >= 7 && _rng.Next(100) < 20, _rng.Next(100) < 3, null,
                PupilStatus.Enrolled, null, null, classId);
            t.ClassMemberships.Insert(++_membershipId, id, classId, YearStart, null);
            if (!_pupilsByClass.TryGetValue(classId, out var classmates))
                _pupilsByClass[classId] = classmates = [];
            classmates.Add(id);
            if (age >= 8 && _rng.NextDouble() < size.LoginShare)
                Account($"{Transliteration.ToLatin(surname)}.{Transliteration.ToLatin(first)}.{id}", $"{surname} {first} {patronymic}".TrimEnd(),
                    Role.Pupil, schoolId, pupilId: id, lastLogin: _rng.Next(100) < 60);
            pupils.Add((id, birth));
        }

        if (_rng.NextDouble() < PlantedProblems.FamilyWithoutParentsRate)
        {
            _pupilsWithoutParent.AddRange(pupils.Select(p => p.Id));
            return;
        }
        var oldest = pupils.Min(p => p.Birth);
        if (_rng.Next(100) < 2)
        {
            // A grandmother as the guardian.
            var guardian = WriteParent(Gender.Female, RussianNames.Surname(familySurname, Gender.Female), RandomOf(RussianNames.Women),
                RandomOf(RussianNames.Men).DaughterPatronymic, RandomDate(oldest.AddYears(-72), oldest.AddYears(-45)), address, district, checkable: true);
            foreach (var pupil in pupils)
                Link(pupil.Id, guardian, ParentRelation.Guardian);
            return;
        }
        var hasMother = _rng.Next(100) < 97;
        var hasFather = _rng.Next(100) < 72 || !hasMother;
        if (hasMother)
        {
            var surname = _rng.Next(100) < 88 ? RussianNames.Surname(familySurname, Gender.Female) : RussianNames.Surname(RandomOf(RussianNames.Surnames), Gender.Female);
            var first = RandomOf(RussianNames.Women);
            var patronymic = RandomOf(RussianNames.Men).DaughterPatronymic;
            var birth = RandomDate(oldest.AddYears(-40), oldest.AddYears(-19));
            var duplicate = pupils.Count >= 2 && _rng.NextDouble() < PlantedProblems.DuplicateParentRate;
            if (pupils.Count >= 2)
                _duplicatePopulation++;
            var mother = WriteParent(Gender.Female, surname, first, patronymic, birth, address, district, checkable: !duplicate);
            Link(pupils[0].Id, mother, ParentRelation.Mother);
            if (duplicate)
            {
                // Another school (or the same one, years later) typed her in again for the younger child: same person, a second row.
                var second = ++_parentId;
                t.Parents.Insert(second, surname, first, patronymic, birth, Gender.Female,
                    _lastDocument.Kind, _lastDocument.Series, _lastDocument.Number, _lastDocument.IssuedOn, _lastDocument.IssuedBy,
                    null, address, address, _lastPhone, null);
                Account($"{Transliteration.ToLatin(surname)}.{Transliteration.ToLatin(first)}.p{second}", $"{surname} {first} {patronymic}",
                    Role.Parent, parentId: second, lastLogin: true, esia: true);
                _duplicates.Add(second);
                _duplicatePairs.Add(new DuplicateParentPair(mother, second, pupils[0].Id, pupils[1].Id));
                foreach (var pupil in pupils.Skip(1))
                    Link(pupil.Id, second, ParentRelation.Mother);
            }
            else
            {
                foreach (var pupil in pupils.Skip(1))
                    Link(pupil.Id, mother, ParentRelation.Mother);
            }
        }
        if (hasFather)
        {
            var dad = WriteParent(Gender.Male, familySurname, father.FirstName, RandomOf(RussianNames.Men).SonPatronymic,
                RandomDate(oldest.AddYears(-45), oldest.AddYears(-21)), address, district, checkable: true);
            foreach (var pupil in pupils)
                Link(pupil.Id, dad, ParentRelation.Father);
        }
    }

    /// <param name="checkable">False for the rows of a planted duplicate: they carry no other planted problem.</param>
    private int WriteParent(Gender gender, string surname, string first, string patronymic, DateOnly birth, string address,
        DemoMunicipality district, bool checkable)
    {
        var id = ++_parentId;
        var age = BirthDate.AgeOn(birth, Today);
        var (series, number, issuedOn, issuedBy) = AdultPassport(birth, age, district);
        DateOnly? birthDate = birth;
        if (checkable)
        {
            _checkedParents++;
            if (_rng.NextDouble() < PlantedProblems.ParentWithoutBirthDateRate)
            {
                birthDate = null;
                _parentsWithoutBirthDate.Add(id);
            }
            if (_rng.NextDouble() < PlantedProblems.MalformedParentPassportRate)
            {
                series = series[..3];
                _malformedPassports.Add(id);
            }
        }
        _lastDocument = (DocumentKind.RfPassport, series, number, issuedOn, issuedBy);
        _lastPhone = _rng.Next(100) < 95 ? MobilePhone() : null;
        t.Parents.Insert(id, surname, first, patronymic, birthDate, gender,
            DocumentKind.RfPassport, series, number, issuedOn, issuedBy,
            NextSnils(), address, address, _lastPhone, Email(surname, first, id, 0.6));
        if (_rng.NextDouble() < size.LoginShare)
        {
            var signedIn = _rng.Next(100) < 70;
            Account($"{Transliteration.ToLatin(surname)}.{Transliteration.ToLatin(first)}.p{id}", $"{surname} {first} {patronymic}",
                Role.Parent, parentId: id, lastLogin: signedIn, esia: signedIn);
        }
        return id;
    }

    private void Link(int pupilId, int parentId, ParentRelation relation) =>
        t.ParentLinks.Insert(++_linkId, pupilId, parentId, relation);

    private void Account(string login, string displayName, Role roles, int? schoolId = null, int? municipalityId = null,
        int? pupilId = null, int? parentId = null, int? employeeId = null, bool lastLogin = false, bool esia = false)
    {
        var id = ++_accountId;
        DateTimeOffset? lastLoginAt = lastLogin ? _loginClock.AddMinutes(-_rng.Next(0, 60 * 24 * 90)) : null;
        t.UserAccounts.Insert(id, login.ToLowerInvariant(), passwordHash, roles, schoolId, municipalityId, pupilId, parentId, employeeId,
            displayName, esia ? (1_000_000_000L + id).ToString() : null, false, lastLoginAt, 0, null, false,
            // A stamp of its own per account, the same on every run (the generator is repeatable); a cookie is still
            // protected by the portal's keys, the stamp only ends older cookies when it changes.
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{id}:{login}")))[..32]);
    }

    private (string Surname, string First, string Patronymic) AdultName(Gender gender, string masculineSurname) =>
        gender == Gender.Male
            ? (masculineSurname, RandomOf(RussianNames.Men).FirstName, RandomOf(RussianNames.Men).SonPatronymic)
            : (RussianNames.Surname(masculineSurname, Gender.Female), RandomOf(RussianNames.Women), RandomOf(RussianNames.Men).DaughterPatronymic);

    /// <summary>The passport an adult holds now: issued at 14, replaced at 20 and at 45.</summary>
    private (string Series, string Number, DateOnly IssuedOn, string IssuedBy) AdultPassport(DateOnly birth, int age, DemoMunicipality district)
    {
        var at = age >= 45 ? 45 : age >= 20 ? 20 : 14;
        var issued = birth.AddYears(at).AddDays(_rng.Next(3, 60));
        if (issued > Today)
            issued = Today.AddDays(-_rng.Next(1, 30));
        var by = issued.Year >= 2018
            ? "ГУ МВД России по Челябинской области"
            : $"Отделом УФМС России по Челябинской обл. в {district.SettlementGenitive}";
        return ($"75{issued.Year % 100:D2}", _rng.Next(100000, 1000000).ToString(), issued, by);
    }

    private string NextSnils()
    {
        // A fixed permutation of the serial (7919 is prime to 800,000,000): unique and scattered, always above 001-001-998.
        var nine = 100_000_000 + (int)(++_snilsSerial * 7919L % 800_000_000);
        return Snils.FromNumber(nine).Value;
    }

    private string StreetAddress(DemoMunicipality district, bool apartment)
    {
        var street = RandomOf(RegionGeography.Streets);
        var house = _rng.Next(1, 140);
        var postal = district.PostalCode + _rng.Next(0, district.IsCity ? 99 : 10);
        return apartment
            ? $"{postal}, {RegionGeography.Region}, {district.Settlement}, {street}, д. {house}, кв. {_rng.Next(1, 220)}"
            : $"{postal}, {RegionGeography.Region}, {district.Settlement}, {street}, д. {house}";
    }

    private string MobilePhone() => $"+7{RandomOf(MobileCodes)}{_rng.Next(0, 10_000_000):D7}";

    private string? Email(string surname, string first, int id, double share) =>
        _rng.NextDouble() < share
            ? $"{Transliteration.ToLatin(surname)}.{Transliteration.ToLatin(first)}{id % 1000}@{RandomOf(MailDomains)}"
            : null;

    private DateOnly RandomDate(DateOnly from, DateOnly to) => from.AddDays(_rng.Next(to.DayNumber - from.DayNumber + 1));

    private T RandomOf<T>(T[] items) => items[_rng.Next(items.Length)];

    private string Weighted((string Subject, double Weight)[] items)
    {
        var roll = _rng.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (subject, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
                return subject;
        }
        return items[^1].Subject;
    }

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (largest remainder), each part at least <paramref name="minimum"/>.</summary>
    private static int[] Distribute(int total, double[] weights, int minimum)
    {
        var free = total - minimum * weights.Length;
        var sum = weights.Sum();
        var exact = weights.Select(w => free * w / sum).ToArray();
        var parts = exact.Select(e => minimum + (int)Math.Floor(e)).ToArray();
        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(left))
            parts[i]++;
        return parts;
    }
}

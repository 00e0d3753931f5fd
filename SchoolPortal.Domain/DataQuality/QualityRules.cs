using System.Linq.Expressions;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using static SchoolPortal.Domain.DataQuality.Predicates;

namespace SchoolPortal.Domain.DataQuality;

/// <summary>
/// The catalogue of «Качество формирования данных»: every check of the data EPGU «Школьное портфолио» and ГИР ВУ take
/// from the school, by group. Pupils are those who study now (<see cref="PupilStatus.Enrolled"/>); parents are the
/// records linked to them (a record merged into another as a duplicate is not counted); staff are those not dismissed;
/// journal rules look at lessons before today.
/// </summary>
public static class QualityRules
{
    private const string Gir = "ГИР ВУ (воинский учёт) принимает сведения только полностью";
    private const string Epgu = "Госуслуги («Школьное портфолио») находят ребёнка, только когда данные школы совпадают с профилем родителя";

    private static readonly Expression<Func<IdentityDocument, bool>> WellFormedDocument =
        Predicates.And<IdentityDocument>(d => d.Kind == DocumentKind.RfPassport, On<IdentityDocument, string>(d => d.Series!, TextShapes.Digits(4)))
            .And(On<IdentityDocument, string>(d => d.Number, TextShapes.Digits(6)))
            .Or(Predicates.And<IdentityDocument>(d => d.Kind == DocumentKind.RfBirthCertificate,
                On<IdentityDocument, string>(d => d.Number, TextShapes.Digits(6))))
            .Or(d => d.Kind == DocumentKind.Foreign && d.Number.Trim() != "");

    private static readonly Expression<Func<IdentityDocument, bool>> BadBirthCertificateSeries =
        On<IdentityDocument, string>(d => d.Series!, TextShapes.BirthCertificateSeries).Not();

    private static readonly Expression<Func<string, bool>> GoodAddress =
        Predicates.And<string>(a => a.Length >= 10, TextShapes.HasDigit);

    // --- Сведения о школе ---------------------------------------------------------------------------------------------

    public static QualityRule<School> SchoolRequisites { get; } = new("school.requisites", QualityGroup.School, QualityRecordKind.School,
        "Реквизиты школы: ИНН, ОГРН, адрес, руководитель",
        $"{Gir} и с реквизитами организации: по ИНН и ОГРН пакет школы сопоставляется с организацией в ГИР ВУ, адрес и руководитель " +
        "входят в сопроводительные сведения. Исправить: «Управление → Сведения о школе».",
        _ => On<School, string>(s => s.Inn.Value, TextShapes.Digits(10)).Not()
            .Or(On<School, string>(s => s.Ogrn.Value, TextShapes.Digits(13)).Not())
            .Or(On<School, string>(s => s.Address.Text, GoodAddress).Not())
            .Or(On<School, string>(s => s.HeadName, TextShapes.Blank)));

    public static QualityRule<School> SchoolContacts { get; } = new("school.contacts", QualityGroup.School, QualityRecordKind.School,
        "Телефон и электронная почта школы",
        "Госуслуги показывают родителям контакты школы в «Школьном портфолио», ГИР ВУ — военкомату для обратной связи по ошибкам. " +
        "Телефон: +7 и 10 цифр, почта: имя@домен. Исправить: «Управление → Сведения о школе».",
        _ => Predicates.Or<School>(s => s.Phone == null, On<School, string>(s => s.Phone!.Value, TextShapes.Phone).Not())
            .Or(s => s.Email == null).Or(On<School, string>(s => s.Email!.Value, TextShapes.Email).Not()));

    // --- Обучающиеся ---------------------------------------------------------------------------------------------------

    public static QualityRule<Pupil> PupilName { get; } = new("pupil.name", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "ФИО ученика", $"{Epgu} и {Gir.ToLowerInvariant()}: фамилия и имя обязательны (отчество — если есть, иначе отметка «Нет отчества»). " +
        "Исправить: карточка ученика.",
        _ => On<Pupil, string>(p => p.Name.Surname, TextShapes.Blank).Or(On<Pupil, string>(p => p.Name.FirstName, TextShapes.Blank)));

    public static QualityRule<Pupil> PupilBirthDate { get; } = new("pupil.birth-date", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "Дата рождения ученика", $"По дате рождения Госуслуги сверяют ребёнка с профилем родителя, ГИР ВУ отбирает юношей 17 лет. Дата должна давать " +
        $"возраст от {Pupil.MinAge} до {Pupil.MaxAge} лет. Исправить: карточка ученика.",
        today => p => p.BirthDate > today.AddYears(-Pupil.MinAge) || p.BirthDate <= today.AddYears(-Pupil.MaxAge - 1));

    public static QualityRule<Pupil> PupilDocument { get; } = new("pupil.document", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "Свидетельство о рождении или паспорт ученика",
        $"{Epgu}: свидетельство о рождении (серия «IV-ИВ», номер из 6 цифр) или паспорт (серия 4 цифры, номер 6 цифр) должны быть " +
        "указаны и записаны по образцу; ГИР ВУ без документа пакет не принимает. Исправить: карточка ученика, раздел «Документы».",
        _ => Predicates.And<Pupil>(p => p.BirthCertificate == null, p => p.Passport == null)
            .Or(Predicates.And<Pupil>(p => p.BirthCertificate != null, On<Pupil, IdentityDocument>(p => p.BirthCertificate!, WellFormedDocument).Not()))
            .Or(Predicates.And<Pupil>(p => p.BirthCertificate != null && p.BirthCertificate.Kind == DocumentKind.RfBirthCertificate,
                On<Pupil, IdentityDocument>(p => p.BirthCertificate!, BadBirthCertificateSeries)))
            .Or(Predicates.And<Pupil>(p => p.Passport != null, On<Pupil, IdentityDocument>(p => p.Passport!, WellFormedDocument).Not())));

    public static QualityRule<Pupil> PupilSnils { get; } = new("pupil.snils", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "СНИЛС ученика", "Госуслуги показывают ребёнка родителю только при подтверждённом СНИЛС в профиле и том же СНИЛС в школе. " +
        "СНИЛС — 11 цифр (контрольное число проверяет карточка при сохранении). Исправить: карточка ученика.",
        _ => Predicates.Or<Pupil>(p => p.Snils == null, On<Pupil, string>(p => p.Snils!.Value, TextShapes.Digits(11)).Not()));

    public static QualityRule<Pupil> PupilCitizenship { get; } = new("pupil.citizenship", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "Гражданство ученика", $"{Gir}: гражданство определяет, подлежит ли юноша воинскому учёту. Исправить: карточка ученика.",
        _ => On<Pupil, string>(p => p.Citizenship, TextShapes.Blank));

    public static QualityRule<Pupil> PupilBirthplace { get; } = new("pupil.birthplace", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "Место рождения ученика", $"{Gir}: место рождения — обязательное поле сведений о гражданине. Исправить: карточка ученика.",
        _ => On<Pupil, string>(p => p.Birthplace!, TextShapes.Blank));

    public static QualityRule<Pupil> PupilRegistrationAddress { get; } = new("pupil.registration-address", QualityGroup.Pupils,
        QualityRecordKind.Pupil, "Адрес регистрации ученика",
        $"{Gir}: по адресу регистрации военкомат определяет, где юноша состоит на учёте. Адрес — населённый пункт, улица и дом. " +
        "Исправить: карточка ученика, раздел «Адреса».",
        _ => Predicates.Or<Pupil>(p => p.RegistrationAddress == null, On<Pupil, string>(p => p.RegistrationAddress!.Text, GoodAddress).Not()));

    public static QualityRule<Pupil> PupilStayAddress { get; } = new("pupil.stay-address", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "Адрес пребывания ученика",
        $"{Gir}: адрес пребывания (фактического проживания) нужен военкомату для вызова; если совпадает с регистрацией — укажите тот же. " +
        "Исправить: карточка ученика, раздел «Адреса».",
        _ => Predicates.Or<Pupil>(p => p.StayAddress == null, On<Pupil, string>(p => p.StayAddress!.Text, GoodAddress).Not()));

    public static QualityRule<Pupil> PupilFormOfEducation { get; } = new("pupil.form-of-education", QualityGroup.Pupils,
        QualityRecordKind.Pupil, "Форма обучения ученика",
        $"{Gir}: форма обучения (очная, очно-заочная, заочная, семейное образование, самообразование) входит в сведения об учёбе. " +
        "Значение вне списка появляется только при загрузке из старых систем. Исправить: карточка ученика.",
        _ => p => p.FormOfEducation < FormOfEducation.FullTime || p.FormOfEducation > FormOfEducation.SelfEducation);

    public static QualityRule<Pupil> PupilParents { get; } = new("pupil.parents", QualityGroup.Pupils, QualityRecordKind.Pupil,
        "У ученика указан родитель", $"{Epgu} и запись родителя связана с записью ребёнка: без связанного родителя ребёнок на Госуслугах не появится. " +
        "Исправить: карточка ученика, раздел «Родители» (выберите существующую запись родителя, не создавайте дубль).",
        _ => p => !p.ParentLinks.Any());

    // --- Родители ------------------------------------------------------------------------------------------------------

    public static QualityRule<Parent> ParentName { get; } = new("parent.name", QualityGroup.Parents, QualityRecordKind.Parent,
        "ФИО родителя", $"{Epgu}: ФИО родителя сверяется с его учетной записью ЕСИА. Исправить: карточка родителя.",
        _ => On<Parent, string>(p => p.Name.Surname, TextShapes.Blank).Or(On<Parent, string>(p => p.Name.FirstName, TextShapes.Blank)));

    public static QualityRule<Parent> ParentBirthDate { get; } = new("parent.birth-date", QualityGroup.Parents, QualityRecordKind.Parent,
        "Дата рождения родителя", $"{Epgu}: без даты рождения родителя сопоставление с профилем Госуслуг не выполняется. Возраст — от " +
        $"{Parent.MinAge} до {Parent.MaxAge} лет. Исправить: карточка родителя.",
        today => p => p.BirthDate == null || p.BirthDate > today.AddYears(-Parent.MinAge) || p.BirthDate <= today.AddYears(-Parent.MaxAge - 1));

    public static QualityRule<Parent> ParentDocument { get; } = new("parent.document", QualityGroup.Parents, QualityRecordKind.Parent,
        "Документ, удостоверяющий личность родителя",
        $"{Epgu}: паспорт родителя (серия 4 цифры, номер 6 цифр) или иностранный документ сверяется с профилем Госуслуг. " +
        "Исправить: карточка родителя.",
        _ => Predicates.Or<Parent>(p => p.Document == null, On<Parent, IdentityDocument>(p => p.Document!, WellFormedDocument).Not()));

    public static QualityRule<Parent> ParentAddresses { get; } = new("parent.addresses", QualityGroup.Parents, QualityRecordKind.Parent,
        "Адреса родителя", "Адреса регистрации и пребывания родителя нужны для связи школы с семьёй и в сведениях о семье юноши для ГИР ВУ. " +
        "Адрес — населённый пункт, улица и дом. Исправить: карточка родителя.",
        _ => Predicates.Or<Parent>(p => p.RegistrationAddress == null, On<Parent, string>(p => p.RegistrationAddress!.Text, GoodAddress).Not())
            .Or(p => p.StayAddress == null).Or(On<Parent, string>(p => p.StayAddress!.Text, GoodAddress).Not()));

    public static QualityRule<Parent> ParentContacts { get; } = new("parent.contacts", QualityGroup.Parents, QualityRecordKind.Parent,
        "Телефон и почта родителя записаны верно",
        "Телефон и почта родителя не обязательны, но если указаны, то должны быть записаны верно: на них приходят уведомления и " +
        "коды входа. Телефон: +7 и 10 цифр, почта: имя@домен. Исправить: карточка родителя.",
        _ => Predicates.And<Parent>(p => p.Phone != null, On<Parent, string>(p => p.Phone!.Value, TextShapes.Phone).Not())
            .Or(Predicates.And<Parent>(p => p.Email != null, On<Parent, string>(p => p.Email!.Value, TextShapes.Email).Not())));

    // --- «Движение Первых» ---------------------------------------------------------------------------------------------

    public static QualityRule<SchoolActivity> MovementOfFirsts { get; } = new("movement.kept", QualityGroup.MovementOfFirsts,
        QualityRecordKind.SchoolActivity, "Школа ведёт отметку «Движение Первых»",
        "Членство в «Движении Первых» — отметка в карточке ученика; у отдельного ребёнка её отсутствие не ошибка. Поэтому проверяется " +
        "школа: если среди обучающихся нет ни одного с отметкой, школа отметку не ведёт, и региональная отчетность о движении неполна. " +
        "Проверяются школы, где есть обучающиеся. Исправить: карточки учеников-участников (флажок «Член „Движения Первых“»).",
        _ => a => a.MovementMembers == 0, _ => a => a.EnrolledPupils > 0);

    // --- Педагоги ------------------------------------------------------------------------------------------------------

    private const string StaffWhy = "Сведения о педагогах передаются в региональную систему и в «Школьное портфолио» (учителя ребёнка)";

    public static QualityRule<Employee> StaffName { get; } = new("staff.name", QualityGroup.Staff, QualityRecordKind.Employee,
        "ФИО сотрудника", $"{StaffWhy}. Исправить: карточка сотрудника.",
        _ => On<Employee, string>(e => e.Name.Surname, TextShapes.Blank).Or(On<Employee, string>(e => e.Name.FirstName, TextShapes.Blank)));

    public static QualityRule<Employee> StaffBirthDate { get; } = new("staff.birth-date", QualityGroup.Staff, QualityRecordKind.Employee,
        "Дата рождения сотрудника", $"{StaffWhy}; по дате рождения сотрудник входит через Госуслуги. Возраст — от {Employee.MinAge} до " +
        $"{Employee.MaxAge} лет. Исправить: карточка сотрудника.",
        today => e => e.BirthDate > today.AddYears(-Employee.MinAge) || e.BirthDate <= today.AddYears(-Employee.MaxAge - 1));

    public static QualityRule<Employee> StaffPassport { get; } = new("staff.passport", QualityGroup.Staff, QualityRecordKind.Employee,
        "Паспорт сотрудника", $"{StaffWhy}; паспорт (серия 4 цифры, номер 6 цифр) нужен для сопоставления со входом через Госуслуги. " +
        "Исправить: карточка сотрудника.",
        _ => Predicates.Or<Employee>(e => e.Passport == null, On<Employee, IdentityDocument>(e => e.Passport!, WellFormedDocument).Not()));

    public static QualityRule<Employee> StaffPosition { get; } = new("staff.position", QualityGroup.Staff, QualityRecordKind.Employee,
        "Основная должность и квалификационная категория",
        $"{StaffWhy}: основная должность и квалификационная категория (без категории, соответствие должности, первая, высшая). " +
        "Исправить: карточка сотрудника.",
        _ => On<Employee, string>(e => e.Position, TextShapes.Blank)
            .Or(e => e.Category < QualificationCategory.None || e.Category > QualificationCategory.Highest));

    public static QualityRule<Employee> StaffPhone { get; } = new("staff.phone", QualityGroup.Staff, QualityRecordKind.Employee,
        "Телефон сотрудника", $"{StaffWhy}; телефон нужен для связи и входа по коду. Телефон: +7 и 10 цифр. Исправить: карточка сотрудника.",
        _ => Predicates.Or<Employee>(e => e.Phone == null, On<Employee, string>(e => e.Phone!.Value, TextShapes.Phone).Not()));

    public static QualityRule<Employee> StaffEmail { get; } = new("staff.email", QualityGroup.Staff, QualityRecordKind.Employee,
        "Электронная почта сотрудника", $"{StaffWhy}; на почту приходят пароли и уведомления. Почта: имя@домен. Исправить: карточка сотрудника.",
        _ => Predicates.Or<Employee>(e => e.Email == null, On<Employee, string>(e => e.Email!.Value, TextShapes.Email).Not()));

    public static QualityRule<Employee> StaffSnils { get; } = new("staff.snils", QualityGroup.Staff, QualityRecordKind.Employee,
        "СНИЛС сотрудника", $"{StaffWhy}; по СНИЛС сотрудник сопоставляется с учетной записью Госуслуг. 11 цифр. Исправить: карточка сотрудника.",
        _ => Predicates.Or<Employee>(e => e.Snils == null, On<Employee, string>(e => e.Snils!.Value, TextShapes.Digits(11)).Not()));

    public static QualityRule<Employee> StaffEducation { get; } = new("staff.education", QualityGroup.Staff, QualityRecordKind.Employee,
        "Образование сотрудника", $"{StaffWhy}; образование (учреждение, год, специальность) открывает педагогическое портфолио. " +
        "Исправить: карточка сотрудника.",
        _ => On<Employee, string>(e => e.Education!, TextShapes.Blank));

    public static QualityRule<StaffLeave> StaffMaternityLeave { get; } = new("staff.maternity-leave", QualityGroup.Staff, QualityRecordKind.Employee,
        "Отметка «в отпуске по уходу за ребёнком» соответствует расписанию",
        "Отметка об отпуске по уходу за ребёнком — да/нет, пустой она не бывает; проверяется, что она верна: у сотрудника в отпуске не " +
        "должно быть уроков с сегодняшнего дня (иначе их видят родители и ученики). Исправить: снимите отметку в карточке сотрудника или " +
        "передайте его уроки другому учителю (Планирование → Нагрузка, Расписание → Замены).",
        today => e => e.LastLessonOn != null && e.LastLessonOn >= today, _ => e => e.OnMaternityLeave);

    // --- Электронный журнал --------------------------------------------------------------------------------------------

    private const string JournalWhy = "Родители видят журнал в «Школьном портфолио» на Госуслугах; самые частые жалобы — «отметки неполные» и «нет посещаемости»";

    public static QualityRule<LessonFacts> LessonMarks { get; } = new("journal.marks", QualityGroup.Journal, QualityRecordKind.Lesson,
        "Текущие отметки на прошедших уроках", $"{JournalWhy}. Урок до сегодняшнего дня без единой отметки — отметки не выставлены. " +
        "Исправить: журнал класса по предмету, колонка урока.",
        _ => l => !l.HasMarks);

    public static QualityRule<LessonFacts> LessonAttendance { get; } = new("journal.attendance", QualityGroup.Journal, QualityRecordKind.Lesson,
        "Посещаемость на прошедших уроках",
        $"{JournalWhy}. Посещаемость ведётся кодами отсутствия (н, б, оп, уп): на уроке, где все присутствовали, кодов нет, и это верно. " +
        "Поэтому урок считается без учёта посещаемости, когда по нему в журнале нет ни одной записи — ни отметки, ни кода: учитель урок не заполнял. " +
        "Исправить: журнал класса по предмету, колонка урока.",
        _ => l => !l.HasEntries);

    public static QualityRule<LessonFacts> LessonHomework { get; } = new("journal.homework", QualityGroup.Journal, QualityRecordKind.Lesson,
        "Домашнее задание на прошедших уроках", $"{JournalWhy}; ученики и родители видят домашнее задание в дневнике. Текст или ссылка к уроку. " +
        "Исправить: журнал, заголовок колонки урока → «Домашнее задание».",
        _ => l => !l.HasHomework);

    public static QualityRule<LessonFacts> ControlWorkMarks { get; } = new("journal.control-marks", QualityGroup.Journal, QualityRecordKind.Lesson,
        "Отметки за контрольные и проверочные работы",
        $"{JournalWhy}; результаты контрольных работ Госуслуги показывают отдельно. Урок с видом работы «Контрольная работа» или " +
        "«Проверочная работа» до сегодняшнего дня без отметок — результаты не внесены. Исправить: журнал, колонка урока.",
        _ => l => !l.HasMarks, _ => l => l.WorkType == WorkType.Control || l.WorkType == WorkType.Check);

    public static QualityRule<CourseFacts> FinalMarks { get; } = new("journal.final-marks", QualityGroup.Journal, QualityRecordKind.Course,
        "Итоговые отметки за закрытые периоды",
        $"{JournalWhy}; отметки за прошедшие периоды — часть портфолио. Проверяется каждый предмет каждого класса в закрытом учебном периоде: " +
        "нет ни одной итоговой отметки — итоги не выставлены. Исправить: журнал → «Итоговые отметки».",
        _ => c => !c.HasFinalMarks);

    // --- События года и замены -----------------------------------------------------------------------------------------

    public static QualityRule<SchoolActivity> UpcomingEvents { get; } = new("events.upcoming", QualityGroup.YearEvents,
        QualityRecordKind.SchoolActivity, "Запланированы события года",
        "Лента событий «Школьного портфолио» показывает родителям собрания, внеурочные мероприятия и контрольные работы. Нет ни одного " +
        "события на сегодня или позже — лента родителей пуста. Исправить: «Расписание → События года».",
        today => a => a.LastEventOn == null || a.LastEventOn < today);

    public static QualityRule<SchoolActivity> SubstitutionsRecorded { get; } = new("substitutions.recorded", QualityGroup.Substitutions,
        QualityRecordKind.SchoolActivity, "Замены уроков вносятся в журнал",
        "Если урок провёл другой учитель, а замена не внесена, отметки и тема урока числятся за отсутствующим учителем, а родители видят неверное " +
        "расписание. За учебный год в школе, которая ведёт уроки, замены бывают всегда; ни одной замены с 1 сентября — замены не вносятся. " +
        "Проверяются школы с уроками в текущем учебном году. Исправить: «Расписание → Замены».",
        today => a => a.LastSubstitutionOn == null || a.LastSubstitutionOn < YearStart(today),
        today => a => a.LastLessonOn != null && a.LastLessonOn >= YearStart(today));

    /// <summary>1 September of the academic year <paramref name="today"/> is in.</summary>
    public static DateOnly YearStart(DateOnly today) => new(AcademicYear.StartYearOf(today), 9, 1);

    public static IReadOnlyList<QualityRule<School>> SchoolRules { get; } = [SchoolRequisites, SchoolContacts];

    public static IReadOnlyList<QualityRule<Pupil>> PupilRules { get; } =
        [PupilName, PupilBirthDate, PupilDocument, PupilSnils, PupilCitizenship, PupilBirthplace, PupilRegistrationAddress, PupilStayAddress,
            PupilFormOfEducation, PupilParents];

    public static IReadOnlyList<QualityRule<Parent>> ParentRules { get; } = [ParentName, ParentBirthDate, ParentDocument, ParentAddresses, ParentContacts];

    public static IReadOnlyList<QualityRule<Employee>> StaffRules { get; } =
        [StaffName, StaffBirthDate, StaffPassport, StaffPosition, StaffPhone, StaffEmail, StaffSnils, StaffEducation];

    public static IReadOnlyList<QualityRule<LessonFacts>> LessonRules { get; } = [LessonMarks, LessonAttendance, LessonHomework, ControlWorkMarks];

    public static IReadOnlyList<QualityRule<CourseFacts>> CourseRules { get; } = [FinalMarks];

    public static IReadOnlyList<QualityRule<SchoolActivity>> ActivityRules { get; } = [MovementOfFirsts, UpcomingEvents, SubstitutionsRecorded];

    public static IReadOnlyList<QualityRule> All { get; } =
        [.. SchoolRules, .. PupilRules, .. ParentRules, MovementOfFirsts, .. StaffRules, StaffMaternityLeave, .. LessonRules, .. CourseRules,
            UpcomingEvents, SubstitutionsRecorded];

    public static QualityRule? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}

import pytest

from planparse.fields.leads import parse_lead

# Lead cells as printed in the corpora.
CASES = [
    (
        "CYP Delivery Manager Hillingdon ICB DCO CDC Consultant Paediatrician",
        ["Hillingdon ICB", "CDC"],
        ["CYP Delivery Manager", "DCO", "Consultant Paediatrician"],
    ),
    ("SEND Advisory Team Manager & PEP", [], ["SEND Advisory Team Manager", "PEP"]),
    (
        "SEND Advisory Team Manager & PEP Head of Education & Lifelong Learning",
        [],
        ["SEND Advisory Team Manager", "PEP", "Head of Education & Lifelong Learning"],
    ),
    (
        "Borough Director NWL ICB CYP Delivery Manager Hillingdon ICB DCO CNWL Head of "
        "Children's Services & Operations AD of SEND & Inclusion LBH",
        ["NWL ICB", "Hillingdon ICB", "CNWL", "LBH"],
        [
            "Borough Director",
            "CYP Delivery Manager",
            "DCO",
            "Head of Children's Services & Operations",
            "AD of SEND & Inclusion",
        ],
    ),
    (
        "AD Education LBH AD SEND & Inclusion DCO",
        ["LBH"],
        ["AD Education", "AD SEND & Inclusion", "DCO"],
    ),
    ("Deputy Head of Service", [], ["Deputy Head of Service"]),
    (
        "Assistant Director Learning and Skills. Head of Service (SEND) Head of Service (SEND)",
        [],
        ["Assistant Director Learning and Skills", "Head of Service (SEND)"],
    ),
    (
        "Assistant Director Safeguarding / Head Of Service",
        [],
        ["Assistant Director Safeguarding", "Head Of Service"],
    ),
    ("AD of SEND & Inclusion LBH", ["LBH"], ["AD of SEND & Inclusion"]),
    (
        "Head of Children's Services & Operations CNWL SEND Lead Commissioner LBH",
        ["CNWL", "LBH"],
        ["Head of Children's Services & Operations", "SEND Lead Commissioner"],
    ),
    ("MHLDA NWL ICB", ["NWL ICB"], ["MHLDA"]),
    ("Assistant Director Learning and Skills.", [], ["Assistant Director Learning and Skills"]),
    (
        "Service Manager – Education, Inclusion and Participation",
        [],
        ["Service Manager – Education, Inclusion and Participation"],
    ),
    ("Standards & Effectiveness Officer", [], ["Standards & Effectiveness Officer"]),
    ("Head of Service (SEND)", [], ["Head of Service (SEND)"]),
    # Hillingdon 1.5.1: the organisations a role serves stay in it, and are listed as orgs;
    # a lower-case "leads" ends a role as "Leads" does
    (
        "DCO Service leads for CDC, CAMHS and CITS Director of Education& SEND LBH",
        ["CDC", "CAMHS", "CITS", "LBH"],
        ["DCO", "Service leads for CDC, CAMHS and CITS", "Director of Education& SEND"],
    ),
]


# Lead cells in forms other areas print (written for this test, not from the corpus): bodies
# named by what they are, roles cut at "and" and commas, a role's initials kept with it.
OTHER_AREAS = [
    (
        # a children's services plan's front door: roles each with an area or a force
        "Head of Service, Front Door / Detective Inspector, Ashdown Police / "
        "Designated Nurse (ICB)",
        ["Ashdown Police", "ICB"],
        ["Head of Service, Front Door", "Detective Inspector", "Designated Nurse"],
    ),
    (
        "Educational Psychologist / Specialist Teacher",
        [],
        ["Educational Psychologist", "Specialist Teacher"],
    ),
    ("Teach First Lead", [], ["Teach First Lead"]),  # a charity's name, not a cut "Teacher"
    (
        "Principal Educational Psychologist, Northshire County Council",
        ["Northshire County Council"],
        ["Principal Educational Psychologist"],
    ),
    (
        "Head of SEND Services (NCC) and Designated Clinical Officer, Northshire ICB",
        ["Northshire ICB"],
        ["Head of SEND Services (NCC)", "Designated Clinical Officer"],
    ),
    (
        "Director of Children's Services (DCS), Kent County Council",
        ["Kent County Council"],
        ["Director of Children's Services (DCS)"],
    ),
    (
        "Head of Inclusion, Leeds City Council / Leeds ICB",
        ["Leeds City Council", "Leeds ICB"],
        ["Head of Inclusion"],
    ),
    (
        "Designated Medical Officer, Sussex Community NHS Foundation Trust",
        ["Sussex Community NHS Foundation Trust"],
        ["Designated Medical Officer"],
    ),
    (
        "Assistant Director Education; NHS Cheshire and Merseyside ICB",
        ["NHS Cheshire and Merseyside ICB"],
        ["Assistant Director Education"],
    ),
    (
        "Service Manager, SEND Team - Barnsley MBC",
        ["Barnsley MBC"],
        ["Service Manager", "SEND Team"],
    ),
    (
        "Head of Inclusion Northshire County Council",
        ["Northshire County Council"],
        ["Head of Inclusion"],
    ),
    ("London Borough of Hounslow Head of SEND", ["London Borough of Hounslow"], ["Head of SEND"]),
    ("Head of Education and Skills", [], ["Head of Education and Skills"]),  # one role
    # an abbreviation naming what the post leads: one role; a second acronym starts another
    ("SENCO Network Lead", [], ["SENCO Network Lead"]),
    ("SENCo Forum chair", [], ["SENCo Forum chair"]),  # its head in lower case: still one
    ("EP Service lead", [], ["EP Service lead"]),
    ("SEND Team Manager / EP Service Manager", [], ["SEND Team Manager", "EP Service Manager"]),
    ("Principal EP and SENCO Network Lead", [], ["Principal EP", "SENCO Network Lead"]),
    ("DCO CYP Delivery Manager", [], ["DCO", "CYP Delivery Manager"]),
    ("DCO Service leads for health", [], ["DCO", "Service leads for health"]),
    # a semicolon lists roles, even before one joined by "and"
    (
        "Post-16 Lead; Skills and Employment Manager",
        [],
        ["Post-16 Lead", "Skills and Employment Manager"],
    ),
    # an NHS trust named after a service word, shortened to FT, in brackets
    (
        "CAMHS Service Manager (Oxford Health NHS FT)",
        ["CAMHS", "Oxford Health NHS FT"],
        ["Service Manager"],
    ),
    ("Head teacher, Riverside Special School", ["Riverside Special School"], ["Head teacher"]),
    ("Head of Virtual School", [], ["Head of Virtual School"]),  # a post, not a school's name
    (
        "Commissioning Manager (Joint Commissioning Team)",
        [],
        ["Commissioning Manager", "Joint Commissioning Team"],
    ),
    # an ICB by its own name since 2022, with no "ICB" after it
    ("Designated Clinical Officer, NHS Frimley", ["NHS Frimley"], ["Designated Clinical Officer"]),
    ("DCO, NHS Kent and Medway", ["NHS Kent and Medway"], ["DCO"]),
    ("NHS Designated Clinical Officer", ["NHS"], ["Designated Clinical Officer"]),
    # a national service by name; the separator its cut leaves is no part of the role
    ("Head of SEND / NHS Talking Therapies", ["NHS Talking Therapies"], ["Head of SEND"]),
    ("Head of SEND & ICB", ["ICB"], ["Head of SEND"]),
    # a person named beside the post is no role (the cell as printed keeps the name)
    ("Jane Smith, Head of SEND", [], ["Head of SEND"]),
    ("Head of SEND (Jane Smith)", [], ["Head of SEND"]),
    ("J. Smith – Head of SEND", [], ["Head of SEND"]),
    ("Sarah Jones (Designated Clinical Officer", [], ["Designated Clinical Officer"]),
    (
        "Dr A. Khan, Designated Medical Officer, NHS Kent and Medway",
        ["NHS Kent and Medway"],
        ["Designated Medical Officer"],
    ),
    ("Sarah Smith-Jones, SENCO", [], ["SENCO"]),
    # after a title, a given name the list lacks or an initial without its full stop
    (
        "Dr Amir Patel – Designated Medical Officer, NHS Thornleigh ICB",
        ["NHS Thornleigh ICB"],
        ["Designated Medical Officer"],
    ),
    ("Ms K Lewis (Head of Inclusion)", [], ["Head of Inclusion"]),
    ("Head of SEND - Cllr Jones", [], ["Head of SEND"]),
    ("Mohammed Ali (ICB)", ["ICB"], []),
    ("Paul Jones Designated Clinical Officer", [], ["Designated Clinical Officer"]),
    # a surname that is also a role word, where the name ends its part of the cell
    ("Claire Head, Practice Development Manager", [], ["Practice Development Manager"]),
    ("Practice Development Manager (Claire Head)", [], ["Practice Development Manager"]),
    ("Claire Head of SEND", [], ["Claire Head of SEND"]),  # no name ends there: left whole
    # a rank before a post's initials is the post's ("Principal EP", "Senior SENCO")
    (
        "Head of SEND / Principal EP (Thornleigh Council)",
        ["Thornleigh Council"],
        ["Head of SEND", "Principal EP"],
    ),
    ("Manager & Senior SENCO", [], ["Manager", "Senior SENCO"]),
    ("AD SEND & Inclusion DCO", [], ["AD SEND & Inclusion", "DCO"]),  # no rank: two
    # police, fire and combined authorities named by what they are
    (
        "Service Manager MASH; Detective Inspector, Brookfield Police",
        ["Brookfield Police"],
        ["Service Manager MASH", "Detective Inspector"],
    ),
    (
        "Head of Partnerships, Durham Constabulary",
        ["Durham Constabulary"],
        ["Head of Partnerships"],
    ),
    (
        "Station Manager, Kent Fire and Rescue Service",
        ["Kent Fire and Rescue Service"],
        ["Station Manager"],
    ),
    ("West Midlands Combined Authority", ["West Midlands Combined Authority"], []),
    # ... and words that only look like one stay what they are
    ("Grace Academy", ["Grace Academy"], []),
    ("Early Help Service Manager", [], ["Early Help Service Manager"]),
]

# Each role with its body in brackets, labelled parts, lead-ins (written for this test, not
# from the corpus): the brackets, labels and words left where a body was cut out are no part
# of a role.
BRACKETS_AND_LABELS = [
    (
        "Head of SEND (LBH) / Designated Clinical Officer (NWL ICB)",
        ["LBH", "NWL ICB"],
        ["Head of SEND", "Designated Clinical Officer"],
    ),
    (
        "AD Inclusion (LA) & Deputy Chief Nurse (ICB)",
        ["LA", "ICB"],
        ["AD Inclusion", "Deputy Chief Nurse"],
    ),
    (
        "Head of Inclusion (Local Authority) and DCO (ICB)",
        ["Local Authority", "ICB"],
        ["Head of Inclusion", "DCO"],
    ),
    ("Inclusion Team (LA) and Schools Forum", ["LA", "Schools Forum"], ["Inclusion Team"]),
    ("Head of SEND [LA]", ["LA"], ["Head of SEND"]),
    ("DCO/DSCO (ICB/LA)", ["ICB", "LA"], ["DCO", "DSCO"]),
    ("Head of SEND (LA), supported by DCO (ICB)", ["LA", "ICB"], ["Head of SEND", "DCO"]),
    ("Head of SEND (LA) with support from PCF", ["LA", "PCF"], ["Head of SEND"]),
    (
        "Children's Commissioning Manager (Joint with ICB) / DCO",
        ["ICB"],
        ["Children's Commissioning Manager (Joint with ICB)", "DCO"],
    ),
    ("Lead: Head of SEND", [], ["Head of SEND"]),
    ("Lead: Head of SEND Support: DCO, PCF", ["PCF"], ["Head of SEND", "DCO"]),
    (
        "Lead officer: Head of Inclusion; Partners: Schools Forum, PCF",
        ["Schools Forum", "PCF"],
        ["Head of Inclusion"],
    ),
    ("Head of SEND: Jane Smith", [], ["Head of SEND"]),
    # a part's label in brackets after it (Glenmoor): no role, and "Director, Education"
    # before it one role
    ("Head of Early Years (Lead); Area SENCO Manager (Support)", [],
     ["Head of Early Years", "Area SENCO Manager"]),
    ("Assistant Director, Education (Lead); Speech and Language Therapy Lead (Support)", [],
     ["Assistant Director, Education", "Speech and Language Therapy Lead"]),
    ("Employment Support Manager (lead) / Careers Lead (support)", [],
     ["Employment Support Manager", "Careers Lead"]),
    # a community health provider by its name alone (Lydford)
    ("Speech and Language Therapy Lead, Lydford Community Health", ["Lydford Community Health"],
     ["Speech and Language Therapy Lead"]),
    ("Head of Community Health Services", [], ["Head of Community Health Services"]),
    # a title before a given name and a surname: the whole person is cut out
    ("Cllr Jane Smith, Cabinet Member for Education", [], ["Cabinet Member for Education"]),
    # a sector labelling a part where the part starts, but not the end of a role before ":"
    ("Health: DCO; Education: Head of SEND; Care: Head of CWD", [],
     ["DCO", "Head of SEND", "Head of CWD"]),
    ("Director of Education: Ms Khan", [], ["Director of Education"]),
    ("SENCO network chair; Parent Carer Forum", ["Parent Carer Forum"], ["SENCO network chair"]),
    # a list of bullets, or of dashes opening lines, is a list of parts
    ("• Head of SEND\n• DCO\n• PCF", ["PCF"], ["Head of SEND", "DCO"]),
    ("- Head of SEND\n- DCO (ICB)", ["ICB"], ["Head of SEND", "DCO"]),
    ("Strategic Lead – SEND & Inclusion", [], ["Strategic Lead – SEND & Inclusion"]),
    # a head word alone keeps the body printed before it
    ("Head of SEND; DCO; PCF Chair", ["PCF"], ["Head of SEND", "DCO", "PCF Chair"]),
    # a head shared or deputised keeps its body as a head alone does
    ("Director of Education and PCF Co-Chair", ["PCF"], ["Director of Education", "PCF Co-Chair"]),
    ("PCF Vice Chair", ["PCF"], ["PCF Vice Chair"]),
    ("SENDIASS Manager", ["SENDIASS"], ["SENDIASS Manager"]),
    ("Chair, PCF", ["PCF"], ["Chair"]),
    # how bodies share a lead names no post; words handing over to the next role end none
    ("LA and ICB jointly", ["LA", "ICB"], []),
    ("LA, ICB and PCF together", ["LA", "ICB", "PCF"], []),
    ("Joint: LA and ICB", ["LA", "ICB"], []),
    ("Head of SEND supported by DCO", [], ["Head of SEND", "DCO"]),
    ("SEND Manager with support from PCF", ["PCF"], ["SEND Manager"]),
    ("Head of CAMHS", ["CAMHS"], ["Head of CAMHS"]),  # a title's own preposition
    ("Head of children's services supported by DCO", [], ["Head of children's services", "DCO"]),
    ("Head of SEND working with DCO (ICB)", ["ICB"], ["Head of SEND", "DCO"]),
    ("Head of SEND in partnership with PCF", ["PCF"], ["Head of SEND"]),
    ("Head of SEND, with support from the PCF", ["PCF"], ["Head of SEND"]),
    ("Service Manager working closely with CAMHS", ["CAMHS"], ["Service Manager"]),
    # "All" is no place naming a school: the school leaders are a role
    ("All school leaders", [], ["All school leaders"]),
    # who covers a vacant post, labelled; "(joint)" after a post names no part of it
    ("Vacant (interim: Head of Service)", [], ["Head of Service"]),
    ("Head of SEND & Head of Inclusion (joint)", [], ["Head of SEND", "Head of Inclusion"]),
    ("Interim Head of SEND", [], ["Interim Head of SEND"]),  # no colon: the post's own word
    # a person in a column of their own beside the post ("Lead name | Lead role")
    ("Amir Khan; Designated Clinical Officer", [], ["Designated Clinical Officer"]),
    # a lead printed in capitals, read as a title prints it; initials alone stay as printed
    ("HEAD OF SEND", [], ["Head of SEND"]),
    ("CAMHS SERVICE MANAGER (OXLEAS NHS FOUNDATION TRUST)",
     ["CAMHS", "Oxleas NHS Foundation Trust"], ["Service Manager"]),
    ("MHLDA NWL ICB", ["NWL ICB"], ["MHLDA"]),
    # posts printed as initials, joined by a bar; "SRO:" labelling the post after it
    ("DCS/DASS", [], ["DCS", "DASS"]),
    ("SRO: Director of Education", [], ["Director of Education"]),
    # the body that employs or hosts the post, after it: no part of the role
    ("SENDIASS Manager (commissioned by LA)", ["SENDIASS", "LA"], ["SENDIASS Manager"]),
    ("Portage Lead (hosted by Oakham Council)", ["Oakham Council"], ["Portage Lead"]),
    ("Therapies Lead, employed by Oakham NHS Trust", ["Oakham NHS Trust"], ["Therapies Lead"]),
    # the words after "with" name no post: the title's own
    ("Head of Service for Children with Disabilities", [],
     ["Head of Service for Children with Disabilities"]),
    ("Commissioning Manager (Joint with ICB)", ["ICB"], ["Commissioning Manager (Joint with ICB)"]),
    # a label naming a shared lead, and the council named by what it is
    ("Joint lead: Head of SEND and DCO", [], ["Head of SEND", "DCO"]),
    ("Co-leads: Head of Inclusion; DCO (ICB)", ["ICB"], ["Head of Inclusion", "DCO"]),
    ("Council and ICB (joint)", ["Council", "ICB"], []),
    ("Assistant Director, Education (Council) and Director of Nursing (ICB)", ["Council", "ICB"],
     ["Assistant Director, Education", "Director of Nursing"]),
    # a role's words going on after the body it is head of, unless they name a post
    ("Head of CAMHS Services", ["CAMHS"], ["Head of CAMHS Services"]),
    ("Head of CAMHS Designated Clinical Officer", ["CAMHS"],
     ["Head of CAMHS", "Designated Clinical Officer"]),
    # a head opening a role that qualifies the post after it, with or without its body
    ("Consultant Community Paediatrician (Northshire NHS Foundation Trust)",
     ["Northshire NHS Foundation Trust"], ["Consultant Community Paediatrician"]),
    ("Consultant Clinical Psychologist (CAMHS)", ["CAMHS"], ["Consultant Clinical Psychologist"]),
    ("Lead Community Nurse", [], ["Lead Community Nurse"]),
    ("Public Health Consultant Community Paediatrician", [],
     ["Public Health Consultant", "Community Paediatrician"]),  # two posts run together
    # representatives and headteachers are posts
    ("SENDCo Network Chair / Headteacher Reps", [], ["SENDCo Network Chair", "Headteacher Reps"]),
    ("Virtual School Headteacher", [], ["Virtual School Headteacher"]),
]  # fmt: skip


# Bodies other areas name (written for this test): an ICB or council by initials or by a
# name with a comma, a hyphen or a lower-case word in it, a children's trust, the council.
BODIES = [
    ("BNSSG ICB – DCO", ["BNSSG ICB"], ["DCO"]),
    ("Designated Clinical Officer, NCL ICB", ["NCL ICB"], ["Designated Clinical Officer"]),
    ("Head of SEND ICB", ["ICB"], ["Head of SEND"]),  # SEND is no area's initials
    (
        "Director of Education, Sandwell Children's Trust",
        ["Sandwell Children's Trust"],
        ["Director of Education"],
    ),
    ("Head of SEND - The Council", ["The Council"], ["Head of SEND"]),
    (
        "Head of SEND, Royal Borough of Kingston upon Thames",
        ["Royal Borough of Kingston upon Thames"],
        ["Head of SEND"],
    ),
    (
        "Head of Inclusion, Stoke-on-Trent City Council",
        ["Stoke-on-Trent City Council"],
        ["Head of Inclusion"],
    ),
    (
        "Head of SEND, Blackburn with Darwen Borough Council",
        ["Blackburn with Darwen Borough Council"],
        ["Head of SEND"],
    ),
    ("Head of SEND, Achieving for Children", ["Achieving for Children"], ["Head of SEND"]),
    # a body's name is whole words: not "Trent PCF", not "… Medway Stoke"
    ("Head of SEND, Stoke-on-Trent PCF", ["Stoke-on-Trent PCF"], ["Head of SEND"]),
    ("DCO, NHS Kent and Medway Stoke-on-Trent", ["NHS Kent and Medway"], ["DCO", "Stoke-on-Trent"]),
    (  # a word cut from one name is free for the next (found by the property test)
        "NHS Kent and Medway Stoke-on-Trent PCF",
        ["NHS Kent and Medway", "Stoke-on-Trent PCF"],
        [],
    ),
    ("Head of SEND (ICB's DCO)", ["ICB"], ["Head of SEND", "DCO"]),
    # a trust or hospital by its name alone, perhaps opening with initials
    (
        "CNWL Mental Health Trust - Service Manager",
        ["CNWL Mental Health Trust"],
        ["Service Manager"],
    ),
    (
        "Designated Medical Officer, Great Ormond Street Hospital",
        ["Great Ormond Street Hospital"],
        ["Designated Medical Officer"],
    ),
    ("SEND Lead, Northshire Learning Trust", ["Northshire Learning Trust"], ["SEND Lead"]),
    ("Trust Lead", [], ["Trust Lead"]),  # no name before "Trust": a role
    ("Hospital Liaison Nurse", [], ["Hospital Liaison Nurse"]),
    # initials in brackets after a body are its short name
    (
        "Kent Community Health NHS Foundation Trust (KCHFT)",
        ["Kent Community Health NHS Foundation Trust", "KCHFT"],
        [],
    ),
    (
        "Head of SEND, Northshire County Council (NCC)",
        ["Northshire County Council", "NCC"],
        ["Head of SEND"],
    ),
    ("Oxleas NHS Foundation Trust (DCO)", ["Oxleas NHS Foundation Trust"], ["DCO"]),
    # the body a role is head of stays in it; one body, the next after a comma employs it
    ("Head of CAMHS (CNWL)", ["CAMHS", "CNWL"], ["Head of CAMHS"]),
    ("Chair of PCF", ["PCF"], ["Chair of PCF"]),
    (
        "Head of CAMHS, CNWL and DCO, NWL ICB",
        ["CAMHS", "CNWL", "NWL ICB"],
        ["Head of CAMHS", "DCO"],
    ),
    # a trust named with possessives ("Women's and Children's", "Guy's and St Thomas'")
    (
        "Birmingham Women's and Children's NHS Foundation Trust",
        ["Birmingham Women's and Children's NHS Foundation Trust"],
        [],
    ),
    (
        "DMO, Alder Hey Children's NHS FT",
        ["Alder Hey Children's NHS FT"],
        ["DMO"],
    ),
    (
        "Guy's and St Thomas' NHS Foundation Trust",
        ["Guy's and St Thomas' NHS Foundation Trust"],
        [],
    ),
    (
        "Head of Inclusion and Sussex Partnership NHS Foundation Trust",
        ["Sussex Partnership NHS Foundation Trust"],
        ["Head of Inclusion"],
    ),
    # initials right before a body or a hospital name bodies too
    ("GOSH Hospital", ["GOSH Hospital"], []),
    ("HCT/SPFT CAMHS", ["HCT", "SPFT", "CAMHS"], []),
    ("Clinical Lead, NELFT CAMHS", ["NELFT", "CAMHS"], ["Clinical Lead"]),
    ("DCO CAMHS", ["CAMHS"], ["DCO"]),  # a role's initials stay a role
    ("SEND CAMHS", ["CAMHS"], ["SEND"]),
    # a team printed right after a post is the post's team
    ("Service Manager 0-25 SEN Team", [], ["Service Manager 0-25 SEN Team"]),
    ("EHC Coordinator SEN Team", [], ["EHC Coordinator SEN Team"]),
    ("EHC Coordinator, SEN Team", [], ["EHC Coordinator", "SEN Team"]),
    ("DCO SEND Team", [], ["DCO", "SEND Team"]),
    ("SEND Manager Commissioning Manager", [], ["SEND Manager", "Commissioning Manager"]),
    # a community trust named "<place> Health" is a body; the service is not, nor is it in a post
    ("SLT Service Lead (Whittington Health)", ["Whittington Health"], ["SLT Service Lead"]),
    ("Service Manager, Whittington Health", ["Whittington Health"], ["Service Manager"]),
    ("Director of Public Health", [], ["Director of Public Health"]),
    (
        "Children and Young People Health Lead, ICB",
        ["ICB"],
        ["Children and Young People Health Lead"],
    ),
    # before a bare post "Health" is the post's service; before a post naming its own
    # service the body stands (was one role, no body)
    ("Oral Health Service Manager", [], ["Oral Health Service Manager"]),
    ("Whittington Health SLT Team", ["Whittington Health"], ["SLT Team"]),
    (
        "Whittington Health Speech and Language Therapy Lead",
        ["Whittington Health"],
        ["Speech and Language Therapy Lead"],
    ),
    # a body's own name in brackets after it, ending in initials, is a body too (was a role)
    ("Parent Carer Forum (Kent PACT)", ["Parent Carer Forum", "Kent PACT"], []),
    (
        "Parent Carer Forum (Kent PACT) and Head of SEND",
        ["Parent Carer Forum", "Kent PACT"],
        ["Head of SEND"],
    ),
    ("Hillingdon Council (Head of SEND)", ["Hillingdon Council"], ["Head of SEND"]),
    # a note in brackets after a body naming no post is its department (was a role "SEND")
    ("Northshire Council (SEND)", ["Northshire Council"], []),
    ("NHS Ridgeway ICB (North)", ["NHS Ridgeway ICB"], []),
    ("Northshire Council (DCO)", ["Northshire Council"], ["DCO"]),
    # "Head" ending a title is its head, not the start of a role (was "… / Virtual School",
    # "Head")
    ("SENCO Network Lead / Virtual School Head", [], ["SENCO Network Lead", "Virtual School Head"]),
    ("Head of SEND / Virtual School Head", [], ["Head of SEND", "Virtual School Head"]),
    ("Deputy Head / Head of Year", [], ["Deputy Head", "Head of Year"]),
    # a partnership's boards and forums lead as bodies, not roles (Hartcombe)
    ("SEN Quality Assurance Officer (LA) and Schools Forum", ["LA", "Schools Forum"],
     ["SEN Quality Assurance Officer"]),
    ("Chair, Ingleby SEND Partnership Board", ["Ingleby SEND Partnership Board"], ["Chair"]),
    ("Hillingdon Schools Forum", ["Hillingdon Schools Forum"], []),
    ("Health and Wellbeing Board", ["Health and Wellbeing Board"], []),
    # a short given name is a person's, cut out of the role (Ingleby's key)
    ("Jo Barnes, Head of SEND Services, Ingleby Council", ["Ingleby Council"],
     ["Head of SEND Services"]),
]  # fmt: skip

# England's 42 integrated care boards, each named in four forms after a role.
ICBS = [
    "Bath and North East Somerset, Swindon and Wiltshire", "Bedfordshire, Luton and Milton Keynes",
    "Birmingham and Solihull", "Black Country",
    "Bristol, North Somerset and South Gloucestershire",
    "Buckinghamshire, Oxfordshire and Berkshire West", "Cambridgeshire and Peterborough",
    "Cheshire and Merseyside", "Cornwall and the Isles of Scilly", "Coventry and Warwickshire",
    "Derby and Derbyshire", "Devon", "Dorset", "Frimley", "Gloucestershire",
    "Greater Manchester", "Hampshire and Isle of Wight", "Herefordshire and Worcestershire",
    "Hertfordshire and West Essex", "Humber and North Yorkshire", "Kent and Medway",
    "Lancashire and South Cumbria", "Leicester, Leicestershire and Rutland", "Lincolnshire",
    "Mid and South Essex", "Norfolk and Waveney", "North Central London",
    "North East and North Cumbria", "North East London", "North West London",
    "Northamptonshire", "Nottingham and Nottinghamshire", "Shropshire, Telford and Wrekin",
    "Somerset", "South East London", "South West London", "South Yorkshire",
    "Staffordshire and Stoke-on-Trent", "Suffolk and North East Essex", "Surrey Heartlands",
    "Sussex", "West Yorkshire",
]  # fmt: skip
ICB_FORMS = ["NHS {} ICB", "{} ICB", "NHS {}", "{} Integrated Care Board"]


@pytest.mark.parametrize("form", ICB_FORMS)
@pytest.mark.parametrize("area", ICBS)
def test_every_icb_is_an_organisation(area: str, form: str) -> None:
    body = form.format(area)
    lead = parse_lead(f"Designated Clinical Officer ({body}) & Head of SEND, LA")
    assert lead.lead_orgs == [body, "LA"]
    assert lead.lead_roles == ["Designated Clinical Officer", "Head of SEND"]


@pytest.mark.parametrize(
    ("cell", "orgs", "roles"), CASES + OTHER_AREAS + BRACKETS_AND_LABELS + BODIES
)
def test_parse_lead(cell: str, orgs: list[str], roles: list[str]) -> None:
    lead = parse_lead(cell)
    assert lead.lead_orgs == orgs
    assert lead.lead_roles == roles


@pytest.mark.parametrize(
    ("cell", "orgs", "roles"),
    [
        # a lead still to be named names no post
        ("TBC", [], []),
        ("To be appointed", [], []),
        ("Vacant post", [], []),
        ("N/A", [], []),
        ("Head of SEND – TBC", [], ["Head of SEND"]),
        # contact details beside the post are no part of it
        ("Head of SEND (sarah.jones@oakridge.gov.uk)", [], ["Head of SEND"]),
        ("Sarah Jones – Head of SEND – 01234 567890", [], ["Head of SEND"]),
        ("Head of SEND, tel: 020 8123 4567", [], ["Head of SEND"]),
        ("DCO (email: dco@nhs.net) and Head of SEND", [], ["DCO", "Head of SEND"]),
        ("0-25 SEN Team Manager", [], ["0-25 SEN Team Manager"]),  # no telephone number
    ],
)
def test_contact_details_and_a_lead_to_be_named_name_no_post(
    cell: str, orgs: list[str], roles: list[str]
) -> None:
    lead = parse_lead(cell)
    assert (lead.lead, lead.lead_orgs, lead.lead_roles) == (cell, orgs, roles)


def test_empty_lead() -> None:
    assert parse_lead("  ").lead is None


@pytest.mark.parametrize(
    ("fragment", "names"),
    [
        ("Voice", False),
        ("Participation", False),
        ("PEP", True),
        ("NWL ICB", True),
        ("Service Manager", True),
        ("Enterprise and Employment", False),
    ],
)
def test_names_lead(fragment: str, names: bool) -> None:
    from planparse.fields.leads import names_lead

    assert names_lead(fragment) is names


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        (
            "School Place Planning Manag LBH",
            "School Place Planning Manager LBH",
        ),  # Hillingdon 3.3.1
        ("Directo of SEND", "Director of SEND"),
        ("Home Office", "Home Office"),  # a word of its own
        ("Work Inclusion Partnerships Manager", "Work Inclusion Partnerships Manager"),
        ("Team Lea", "Team Lea"),  # too short to tell
    ],
)
def test_a_role_word_cut_at_the_cell_edge_is_completed(printed: str, read: str) -> None:
    from planparse.fields.leads import complete_cut_heads

    assert complete_cut_heads(printed) == read


@pytest.mark.parametrize(
    ("printed", "roles"),
    [
        # role words a scan misread letter for letter, read as printed; the cell as printed
        # stays the lead
        ("Designated Clinical Offlcer", ["Designated Clinical Officer"]),
        ("Hcad of SEND", ["Head of SEND"]),
        ("Prlncipal EP", ["Principal EP"]),
        ("SEND Manager", ["SEND Manager"]),  # spelt right: as it is
    ],
)
def test_role_words_a_scan_misread_are_read_as_printed(printed: str, roles: list[str]) -> None:
    lead = parse_lead(printed)
    assert (lead.lead, lead.lead_roles) == (printed, roles)
